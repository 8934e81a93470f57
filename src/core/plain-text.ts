/**
 * The text of a question, a deck title or a topic, as the author wrote it. A question is plain
 * text (it is shown as typed, not rendered as markdown), but CommonMark reads markup inside a
 * heading or a list item, and what it reads as markup is not text: `Чем __new__ отличается от
 * __init__?` is two strong spans to it, and its text is `Чем new отличается от init?`. In these
 * notes `__init__`, `__slots__` and `**kwargs` are names, so:
 *
 * - emphasis and `__strong__` keep their delimiters exactly as written (`__new__`, `*x*`);
 * - but `**bold**` reads as its words: no name is written that way, and notes bold a word for stress;
 * - inline code loses its backticks: the code is the text;
 * - a link keeps its URL after its text, `ORM (https://…)`, since plain text cannot link and the
 *   URL is the author's text too (an autolink is its URL once);
 * - escapes and character references read as what they stand for (`\*` is `*`, `&amp;` is `&`);
 * - a line break is a space;
 * - but a question written bold or italic as a whole (`**Что такое ORM?**`, as chat bots paste
 *   them) is its words: a span around the whole text that holds a space is emphasis, not a name.
 */
import type { Nodes } from 'mdast';

/**
 * The plain text of a node of the tree parsed from `markdown`, with emphasis and strong kept as
 * written (see above). Whitespace is left as it is; squash it for display.
 */
export function plainText(node: Nodes, markdown: string): string {
  const whole = wholeSpan(node);
  if (whole) return whole.children.map((child) => plainText(child, markdown)).join('');
  return markupText(node, markdown);
}

/** The emphasis or strong span that is all of a heading's, item's or paragraph's text, if it holds a space. */
function wholeSpan(node: Nodes): (Nodes & { type: 'emphasis' | 'strong' }) | null {
  if (!('children' in node)) return null;
  let children: readonly Nodes[] = node.children;
  // A list item's text is in its paragraph.
  if (node.type === 'listItem' && children.length === 1 && children[0]!.type === 'paragraph') children = children[0]!.children;
  const parts = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = parts.length === 1 ? parts[0]! : null;
  if (!only || (only.type !== 'emphasis' && only.type !== 'strong')) return null;
  let inner = only;
  // `***x***` is strong inside emphasis.
  while (inner.children.length === 1 && (inner.children[0]!.type === 'emphasis' || inner.children[0]!.type === 'strong')) inner = inner.children[0] as typeof inner;
  return /\s/.test(markupText(inner, '')) ? inner : null;
}

function markupText(node: Nodes, markdown: string): string {
  switch (node.type) {
    case 'emphasis':
    case 'strong': {
      const inner = node.children.map((child) => plainText(child, markdown)).join('');
      const first = node.children[0]?.position;
      const last = node.children[node.children.length - 1]?.position;
      const { start, end } = node.position ?? {};
      if (!first || !last || start?.offset === undefined || end?.offset === undefined) return inner;
      const opening = markdown.slice(start.offset, first.start.offset);
      if (node.type === 'strong' && opening === '**') return inner;
      return opening + inner + markdown.slice(last.end.offset, end.offset);
    }
    case 'link': {
      const text = node.children.map((child) => plainText(child, markdown)).join('');
      return text === '' || node.url === text || node.url === `mailto:${text}` ? node.url : `${text} (${node.url})`;
    }
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    default:
      if ('value' in node) return node.value;
      if ('children' in node) return node.children.map((child) => plainText(child, markdown)).join('');
      return '';
  }
}
