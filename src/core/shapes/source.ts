/**
 * The notes as the shape recognisers see them: the cleaned text the tree was parsed from, its lines,
 * and a map back to the file's lines, plus what a recogniser hands back (a found card) and the small
 * line tools they share.
 */
import type { RootContent } from 'mdast';
import type { CleanLine } from '../chat-export.ts';
import { codeLines, tidyAnswerLines } from '../markdown-lines.ts';
import type { CardShape, Skipped } from '../types.ts';

/** The notes file's own text after chat-export cleanup, with a map back to file lines. */
export interface CleanSource {
  file: string;
  lines: CleanLine[];
  /** The lines joined: the text the tree was parsed from, which its nodes' offsets index. */
  markdown: string;
  /** 1-based cleaned line → 1-based line in the file. */
  fileLine(cleanLine: number): number;
}

/** A card a recogniser found: parse-notes gives it its id, deck and topic. */
export interface FoundCard {
  /** Plain text, as written (a pinned `{#id}` still on it). */
  question: string;
  /** Markdown. */
  answer: string;
  /** The file line of its question. */
  line: number;
  shape: CardShape;
}

/** What a recogniser makes of the nodes it claims: cards, and the text in them that is in no card. */
export interface Found {
  cards: FoundCard[];
  skipped: Skipped[];
  /**
   * How many lines the shape is sure are its cards, when fewer than the nodes it claims: a label
   * pair's answer runs on to the next question, but only its first paragraph is surely the answer.
   */
  sureLines?: number;
}

/** The file line a node starts on. */
export function lineOf(source: CleanSource, node: RootContent): number {
  return source.fileLine(node.position?.start.line ?? 1);
}

/** The texts of cleaned lines `from`–`to` (1-based, inclusive). */
export function textLines(source: CleanSource, from: number, to: number): string[] {
  return source.lines.slice(from - 1, to).map((l) => l.text);
}

/** Removes up to `width` leading spaces from each line: the indent of a list item's content. */
export function dedent(lines: readonly string[], width: number): string[] {
  return lines.map((line) => line.slice(Math.min(/^ */.exec(line)![0].length, width)));
}

/** Removes the indent all non-blank lines share. */
export function dedentCommon(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  return indents.length === 0 ? [...lines] : dedent(lines, Math.min(...indents));
}

/** A line that only links back up the page: `**[⬆ Back to top](#contents)**`, as READMEs end each answer. */
const BACK_LINK = /^\s*(?:\*\*|__)?\s*\[[^\]]*\]\(#[^)]*\)\s*(?:\*\*|__)?\s*$/;

/** An answer's markdown from its lines, tidied as every answer is (markdown-lines.ts), without links back up the page. */
export function answerMarkdown(lines: readonly string[]): string {
  return tidyAnswerLines(lines.filter((line) => !BACK_LINK.test(line))).join('\n');
}

/** An HTML comment: the author's note to self (or a plugin's, `<!--SR:…-->`), hidden when rendered: no card and no skip. */
export function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());
}

/** A line that starts a block of its own (a list item, a fence, a heading, a quote, a table row): no line break needed before it. */
const OWN_BLOCK = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|`{3,}|~{3,}|#{1,6}\s|>|\|)/;

/**
 * Lines that are lines to their author (a table cell's `<br>`s, an Obsidian answer written line by
 * line), joined by markdown line breaks (`\` at the end), which a bare newline is not. Code is left alone.
 */
export function hardBreaks(lines: readonly string[]): string[] {
  const code = codeLines(lines);
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const breaks = !code[i] && !code[i + 1] && next !== undefined && line.trim() !== '' && next.trim() !== '' && !OWN_BLOCK.test(line) && !OWN_BLOCK.test(next);
    return breaks ? `${line}\\` : line;
  });
}
