/**
 * Collapsible answers, the GitHub convention:
 *
 * ```markdown
 * <details>
 * <summary>1. What is Django?</summary>
 *
 * A web framework, **batteries included**.
 *
 * </details>
 * ```
 *
 * The question is the summary's text; the answer is the markdown between `</summary>` and
 * `</details>`, which the app renders as markdown. The tags themselves never reach a card.
 * CommonMark gives the block as HTML nodes with markdown between them, or as one HTML node when
 * there are no blank lines in it: either way the answer is read from the source text.
 */
import type { RootContent } from 'mdast';
import type { CleanLine } from '../chat-export.ts';
import { codeLines, squashSpaces } from '../markdown-lines.ts';
import { answerMarkdown, dedentCommon, lineOf, type CleanSource, type Found } from './source.ts';
import { plainLine, readsAsQuestion, withoutNumber } from './question-text.ts';

const OPEN = /<details(?:\s[^>]*)?>/gi;
const CLOSE = /<\/details\s*>/gi;
const SUMMARY = /^\s*<details(?:\s[^>]*)?>\s*<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>/i;

/**
 * Blank lines around each block, outside code: `</details>` straight followed by the next
 * `<details>` is one HTML node to CommonMark, and each block must start a node of its own.
 */
export function separateDetails(lines: readonly CleanLine[]): CleanLine[] {
  const out: CleanLine[] = [];
  const code = codeLines(lines.map((l) => l.text));
  lines.forEach((line, i) => {
    const previous = out[out.length - 1];
    const blankBefore = !code[i] && previous !== undefined && previous.text.trim() !== '';
    if (blankBefore && /^\s{0,3}<details[\s>]/i.test(line.text)) out.push({ text: '', line: line.line });
    else if (blankBefore && /<\/details\s*>\s*$/i.test(previous.text) && line.text.trim() !== '') out.push({ text: '', line: line.line });
    out.push(line);
  });
  return out;
}

/** Whether a node opens a `<details>` block. */
export function opensDetails(node: RootContent): boolean {
  return node.type === 'html' && /^<details[\s>]/i.test(node.value.trimStart());
}

/**
 * The card of the `<details>` block opening at `nodes[index]`, and the index after its
 * `</details>`; null when the block never closes or its summary is no question (a collapsed
 * list of links, say): then it is text like any other.
 */
export function recogniseDetails(source: CleanSource, nodes: readonly RootContent[], index: number, revealed = false): (Found & { end: number }) | null {
  let depth = 0;
  for (let i = index; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'html') continue;
    depth += count(node.value, OPEN) - count(node.value, CLOSE);
    if (depth > 0) continue;
    const found = readBlock(source, nodes[index]!, node, revealed);
    return found && { ...found, end: i + 1 };
  }
  return null;
}

/**
 * A question on its own (a paragraph, or a one-item list: `1. What is an index?`) with its answer in
 * the `<details><summary>Answer</summary>` block right under it, as GitHub interview lists write
 * them: the question and the index after the block; null when `nodes[index]` is no such question.
 */
export function recogniseAskedDetails(source: CleanSource, nodes: readonly RootContent[], index: number): (Found & { end: number }) | null {
  const next = nodes[index + 1];
  if (!next || !opensDetails(next)) return null;
  const question = askedQuestion(source, nodes[index]!);
  if (question === null) return null;
  const block = recogniseDetails(source, nodes, index + 1, true);
  if (!block) return null;
  const line = lineOf(source, nodes[index]!);
  return { cards: block.cards.map((card) => ({ ...card, question, line })), skipped: block.skipped, end: block.end };
}

/** The question a node asks on its own, or null: one line of text (or a list of one such item) that reads as one. */
function askedQuestion(source: CleanSource, node: RootContent): string | null {
  const only = node.type === 'list' && node.children.length === 1 && node.children[0]!.children.length === 1 ? node.children[0]!.children[0]! : node;
  if (only.type !== 'paragraph' || only.position!.start.line !== only.position!.end.line) return null;
  const text = plainLine(source.lines[only.position!.start.line - 1]!.text.slice(only.position!.start.column - 1));
  return readsAsQuestion(text) ? withoutNumber(text) : null;
}

function readBlock(source: CleanSource, open: RootContent, close: RootContent, revealed = false): Found | null {
  const text = source.markdown.slice(open.position!.start.offset!, close.position!.end.offset!);
  const line = lineOf(source, open);
  const summary = SUMMARY.exec(text);
  const closing = text.search(/<\/details\s*>\s*$/i);
  if (!summary || closing < 0) return { cards: [], skipped: [{ file: source.file, line, reason: 'details without a summary' }] };
  const summaryText = plainLine(htmlText(summary[1]!));
  // The summary is the question, or (`revealed`) says "Answer" under a question asked above it.
  if (revealed ? !REVEAL.test(summaryWords(summary[1]!)) : !readsAsQuestion(summaryText)) return null;
  const question = withoutNumber(summaryText);
  const inner = text.slice(summary[0].length, closing).split('\n').map(withoutBreaks);
  const answer = htmlAsMarkdown(answerMarkdown(dedentCommon(inner)));
  if (question === '' || answer === '') return { cards: [], skipped: [{ file: source.file, line, reason: 'details without a question and its answer' }] };
  return { cards: [{ question, answer, line, shape: 'details' }], skipped: [] };
}

/** A whole answer wrapped in one block: `<details><summary>Answer</summary> … </details>`. */
const WRAPPED = /^\s*<details(?:\s[^>]*)?>\s*<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>([\s\S]*)<\/details\s*>\s*$/i;
/** What a summary says when the heading above it asks the question. */
const REVEAL = /^(?:answer|show answer|the answer|solution|click to expand|ответ|показать ответ|решение|подробнее)$/i;

/** A summary's words alone, for telling "Answer 👇" from a question. */
function summaryWords(html: string): string {
  return htmlText(html).replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * An answer without the block that hides it, when the question is the heading above: GitHub's
 * `### What is X?` over `<details><summary>Answer</summary> … </details>`. Anything else is kept.
 */
export function unwrapAnswer(markdown: string): string {
  const wrapped = WRAPPED.exec(markdown);
  if (!wrapped || count(markdown, OPEN) !== 1 || !REVEAL.test(summaryWords(wrapped[1]!))) return markdown;
  return htmlAsMarkdown(answerMarkdown(dedentCommon(wrapped[2]!.split('\n').map(withoutBreaks))));
}

/** A line of only `<br>`s, as authors put under a summary for space: a blank line. */
function withoutBreaks(line: string): string {
  return /^\s*(?:<br\s*\/?>\s*)+$/i.test(line) ? '' : line;
}

/**
 * The HTML left in an answer, as markdown: a `<details>` block (one in a section of prose, or in a
 * list item) as its summary in bold over its text, `<p>` as paragraphs, `<br>` as a line break,
 * `<b>`, `<i>` and `<code>` as their markdown. The renderer shows no HTML (it would show the tags
 * as text), so this keeps the words and drops the tags. Code, fenced or inline, is left alone.
 */
export function htmlAsMarkdown(markdown: string): string {
  if (!/<\/?(?:details|summary|p|br|b|strong|i|em|code)\b/i.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const code = codeLines(lines);
  const out = lines.map((line, i) => {
    if (code[i]) return line;
    // Outside inline code spans only.
    return line
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : tagsAsMarkdown(part)))
      .join('')
      .trimEnd();
  });
  return answerMarkdown(out.map(withoutBreaks).join('\n').replace(/\n{3,}/g, '\n\n').split('\n'));
}

function tagsAsMarkdown(text: string): string {
  return text
    .replace(/<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>/gi, (_, summary: string) => `**${htmlText(summary)}**`)
    .replace(/<details(?:\s[^>]*)?>|<\/details\s*>|<\/?p(?:\s[^>]*)?>/gi, '')
    .replace(/<br\s*\/?>/gi, '\\\n')
    .replace(/<\/?(?:b|strong)>/gi, '**')
    .replace(/<\/?(?:i|em)>/gi, '*')
    .replace(/<\/?code>/gi, '`');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of a summary's HTML: tags dropped, character references read, as markdown text. */
function htmlText(html: string): string {
  const text = html
    .replace(/<code>([\s\S]*?)<\/code>/gi, '`$1`')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return squashSpaces(text);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
