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
import { squashSpaces } from '../markdown-lines.ts';
import { answerMarkdown, dedentCommon, lineOf, type CleanSource, type Found } from './source.ts';
import { plainLine, readsAsQuestion, withoutNumber } from './question-text.ts';

const OPEN = /<details(?:\s[^>]*)?>/gi;
const CLOSE = /<\/details\s*>/gi;
const SUMMARY = /^\s*<details(?:\s[^>]*)?>\s*<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>/i;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Blank lines around each block, outside code: `</details>` straight followed by the next
 * `<details>` is one HTML node to CommonMark, and each block must start a node of its own.
 */
export function separateDetails(lines: readonly CleanLine[]): CleanLine[] {
  const out: CleanLine[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const open = FENCE.exec(line.text);
    if (open) fence = fence === null ? open[1]! : line.text.trim().startsWith(fence) ? null : fence;
    const previous = out[out.length - 1];
    const blankBefore = previous !== undefined && previous.text.trim() !== '';
    if (fence === null && blankBefore && /^\s{0,3}<details[\s>]/i.test(line.text)) out.push({ text: '', line: line.line });
    else if (fence === null && blankBefore && /<\/details\s*>\s*$/i.test(previous.text) && line.text.trim() !== '') out.push({ text: '', line: line.line });
    out.push(line);
  }
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
export function recogniseDetails(source: CleanSource, nodes: readonly RootContent[], index: number): (Found & { end: number }) | null {
  let depth = 0;
  for (let i = index; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'html') continue;
    depth += count(node.value, OPEN) - count(node.value, CLOSE);
    if (depth > 0) continue;
    const found = readBlock(source, nodes[index]!, node);
    return found && { ...found, end: i + 1 };
  }
  return null;
}

function readBlock(source: CleanSource, open: RootContent, close: RootContent): Found | null {
  const text = source.markdown.slice(open.position!.start.offset!, close.position!.end.offset!);
  const line = lineOf(source, open);
  const summary = SUMMARY.exec(text);
  const closing = text.search(/<\/details\s*>\s*$/i);
  if (!summary || closing < 0) return { cards: [], skipped: [{ file: source.file, line, reason: 'details without a summary' }] };
  const summaryText = plainLine(htmlText(summary[1]!));
  if (!readsAsQuestion(summaryText)) return null;
  const question = withoutNumber(summaryText);
  const inner = text.slice(summary[0].length, closing).split('\n').map(withoutBreaks);
  const answer = answerMarkdown(dedentCommon(inner));
  if (question === '' || answer === '') return { cards: [], skipped: [{ file: source.file, line, reason: 'details without a question and its answer' }] };
  return { cards: [{ question, answer, line, shape: 'details' }], skipped: [] };
}

/** A whole answer wrapped in one block: `<details><summary>Answer</summary> … </details>`. */
const WRAPPED = /^\s*<details(?:\s[^>]*)?>\s*<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>([\s\S]*)<\/details\s*>\s*$/i;
/** What a summary says when the heading above it asks the question. */
const REVEAL = /^(?:answer|show answer|the answer|solution|click to expand|ответ|показать ответ|решение|подробнее)$/i;

/**
 * An answer without the block that hides it, when the question is the heading above: GitHub's
 * `### What is X?` over `<details><summary>Answer</summary> … </details>`. Anything else is kept.
 */
export function unwrapAnswer(markdown: string): string {
  const wrapped = WRAPPED.exec(markdown);
  const says = htmlText(wrapped?.[1] ?? '').replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
  if (!wrapped || count(markdown, OPEN) !== 1 || !REVEAL.test(says)) return markdown;
  return answerMarkdown(dedentCommon(wrapped[2]!.split('\n').map(withoutBreaks)));
}

/** A line of only `<br>`s, as authors put under a summary for space: a blank line. */
function withoutBreaks(line: string): string {
  return /^\s*(?:<br\s*\/?>\s*)+$/i.test(line) ? '' : line;
}

/**
 * The `<details>` blocks left inside an answer (one in a section of prose, say) as markdown: the
 * summary in bold over the markdown inside, the tags gone. The renderer shows no HTML, so the
 * summary's words would otherwise vanish. Code fences are left alone.
 */
export function detailsAsMarkdown(markdown: string): string {
  if (!/<details/i.test(markdown)) return markdown;
  let fence: string | null = null;
  const out = markdown.split('\n').map((line) => {
    const open = FENCE.exec(line);
    if (open) fence = fence === null ? open[1]! : line.trim().startsWith(fence) ? null : fence;
    if (fence !== null || open) return line;
    return line
      .replace(/<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>/gi, (_, summary: string) => `**${htmlText(summary)}**`)
      .replace(/<details(?:\s[^>]*)?>|<\/details\s*>/gi, '')
      .trimEnd();
  });
  return answerMarkdown(out.map(withoutBreaks).join('\n').replace(/\n{3,}/g, '\n\n').split('\n'));
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
