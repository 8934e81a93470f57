/**
 * Inline separators, as Obsidian's spaced-repetition plugin writes them: `question::answer` on one
 * line, and `question:::answer`, which it reads as reversible. A reversible line makes two cards,
 * the second asking the answer and answering with the question.
 *
 * ```markdown
 * Столица Франции::Париж
 * GIL:::Global Interpreter Lock
 * ```
 *
 * A `::` inside inline code (`a[::2]`) or inside brackets is not a separator, nor is one of two on a
 * line (`std::vector`, `Vec::new()`) or one before a digit (`::1`). Its multi-line
 * cards are read too: question lines, a line of only `?` (`??` reversible), answer lines, in one
 * paragraph.
 */
import type { Paragraph, RootContent } from 'mdast';
import { plainLine } from './question-text.ts';
import { answerMarkdown, hardBreaks, textLines, type CleanSource, type Found } from './source.ts';

/** Where a line parts: the separator's start and length, or null. */
function separator(line: string): { at: number; length: number } | null {
  let code = false;
  let brackets = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '`') code = !code;
    else if (code) continue;
    else if (ch === '[' || ch === '(') brackets++;
    else if ((ch === ']' || ch === ')') && brackets > 0) brackets--;
    else if (ch === ':' && line[i + 1] === ':' && brackets === 0) {
      const length = line[i + 2] === ':' ? 3 : 2;
      if (line[i + length] === ':') return null;
      return { at: i, length };
    }
  }
  return null;
}

/** Obsidian's multi-line separator: a line of only `?` (or `??`, reversible) between question and answer lines. */
const MULTI_LINE = /^\s*\?\??\s*$/;

/** Whether a node is a paragraph with a line holding a separator, or a multi-line card. */
export function holdsInline(source: CleanSource, node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const lines = textLines(source, node.position!.start.line, node.position!.end.line);
  return lines.some((line, i) => parts(line) !== null || (i > 0 && i < lines.length - 1 && MULTI_LINE.test(line)));
}

function parts(line: string): { left: string; right: string; reversible: boolean } | null {
  const sep = separator(line);
  if (!sep) return null;
  const left = line.slice(0, sep.at).trim();
  const right = line.slice(sep.at + sep.length).trim();
  // A card has one separator: `std::vector … Vec::new()` is code in prose, `::1` an IPv6 address.
  if (separator(right) !== null || /^\d/.test(line.slice(sep.at + sep.length))) return null;
  if (!/[\p{L}\p{N}]/u.test(left) || !/[\p{L}\p{N}]/u.test(right)) return null;
  return { left, right, reversible: sep.length === 3 };
}

/** The cards of a paragraph that holdsInline; its other lines are skipped, each with its line. */
export function recogniseInline(source: CleanSource, node: Paragraph): Found {
  const from = node.position!.start.line;
  const found: Found = { cards: [], skipped: [] };
  const lines = textLines(source, from, node.position!.end.line);
  const multi = lines.findIndex((line, i) => i > 0 && i < lines.length - 1 && MULTI_LINE.test(line));
  if (multi > 0) {
    // The paragraph is one card: its lines above the `?` ask, its lines below answer.
    const question = plainLine(lines.slice(0, multi).join(' '));
    // Obsidian shows each line of the answer as a line.
    const answer = answerMarkdown(hardBreaks(lines.slice(multi + 1)));
    const line = source.fileLine(from);
    found.cards.push({ question, answer, line, shape: 'inline' });
    if (lines[multi]!.trim() === '??') found.cards.push({ question: plainLine(lines.slice(multi + 1).join(' ')), answer: answerMarkdown(hardBreaks(lines.slice(0, multi))), line, shape: 'inline' });
    return found;
  }
  lines.forEach((text, i) => {
    const line = source.fileLine(from + i);
    const split = parts(text);
    if (!split) {
      if (text.trim() !== '') found.skipped.push({ file: source.file, line, reason: 'line without a question and its answer' });
      return;
    }
    found.cards.push({ question: plainLine(split.left), answer: answerMarkdown([split.right]), line, shape: 'inline' });
    if (split.reversible) found.cards.push({ question: plainLine(split.right), answer: answerMarkdown([split.left]), line, shape: 'inline' });
  });
  return found;
}
