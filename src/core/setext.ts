/**
 * `---` under a line of text. CommonMark reads `Text\n---` as a level-2 (setext) heading,
 * but in pasted notes it is almost always the author's separator written straight under the
 * last line of an answer, or a stray `- ` bullet under it; a person reading the file sees a
 * paragraph followed by a separator. Taken as a heading, the answer's last paragraph would
 * become a question of its own, usually a "heading without a body".
 *
 * The rule: a `-` underline makes a heading only where the author clearly meant one —
 * - the underline has at least three dashes (`-`, `- ` and `--` are stray bullets or typos),
 * - the text above it is a single line, and not the line right under another heading
 *   (that line is the heading's answer),
 * - something other than a heading or a separator follows it (the heading has a body), and
 * - no card opened by an ATX `##` heading is open: a file that writes its questions as
 *   `## Question` writes its separators as `---` too.
 * Everywhere else the underline is read as what it looks like: the paragraph stays where it
 * is (in the open card's answer, or in text under no heading) and a `---` is a thematic break
 * that ends the card. `===` underlines are left alone: they name the deck and the topic.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { CleanLine } from './chat-export.ts';

const DASH_UNDERLINE = /^\s{0,3}(-+)\s*$/;

/**
 * The cleaned lines with a blank line put before each `-` underline that is no heading, so
 * that the markdown parser reads a paragraph followed by a break (or an empty bullet).
 * Returns null when there is nothing to change, so the caller keeps the tree it has.
 */
export function unsetextSeparators(tree: Root, lines: readonly CleanLine[]): CleanLine[] | null {
  const nodes = tree.children;
  const underlines = new Set<number>();
  let open: 'none' | 'atx' | 'setext' = 'none';
  nodes.forEach((node, i) => {
    if (node.type === 'thematicBreak') open = 'none';
    if (node.type !== 'heading') return;
    if (node.depth === 1) {
      open = 'none';
      return;
    }
    const dashes = dashUnderline(node, lines);
    if (dashes === null) {
      open = 'atx';
      return;
    }
    if (open !== 'atx' && couldBeHeading(nodes, i, lines)) {
      open = 'setext';
      return;
    }
    underlines.add(node.position!.end.line);
    if (dashes >= 3) open = 'none';
  });
  if (underlines.size === 0) return null;
  return lines.flatMap((line, i) => (underlines.has(i + 1) ? [{ text: '', line: line.line }, line] : [line]));
}

/**
 * A `-` setext heading of one line, underlined with three dashes or more, not right under
 * another heading, with a body. The body may itself parse as a setext heading (an answer's
 * last line with a separator under it); that counts as body unless it could be a heading too.
 */
function couldBeHeading(nodes: readonly RootContent[], index: number, lines: readonly CleanLine[]): boolean {
  const node = nodes[index]!;
  if (node.type !== 'heading' || (dashUnderline(node, lines) ?? 0) < 3) return false;
  if (node.position!.end.line - node.position!.start.line !== 1) return false;
  // A line right under another heading is that heading's body, whatever follows it.
  const previous = nodes[index - 1];
  if (previous?.type === 'heading' && node.position!.start.line === previous.position!.end.line + 1) return false;
  for (let k = index + 1; k < nodes.length; k++) {
    const next = nodes[k]!;
    if (next.type === 'html' && /^<!--[\s\S]*-->$/.test(next.value.trim())) continue;
    if (next.type === 'thematicBreak') return false;
    if (next.type !== 'heading' || next.depth > 2) return true;
    return dashUnderline(next, lines) !== null && !couldBeHeading(nodes, k, lines);
  }
  return false;
}

/** The number of dashes when a heading is a `-` setext heading, else null. */
function dashUnderline(heading: Heading, lines: readonly CleanLine[]): number | null {
  const { start, end } = heading.position!;
  if (end.line === start.line) return null;
  const match = DASH_UNDERLINE.exec(lines[end.line - 1]?.text ?? '');
  return match ? match[1]!.length : null;
}
