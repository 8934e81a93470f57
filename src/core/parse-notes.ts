/**
 * Notes → cards. The markdown parser finds the structure (headings, thematic breaks,
 * lists, code); line-level passes handle what CommonMark cannot know about pasted notes.
 * The promise: no text of a section is lost — everything that is in no card is listed
 * as skipped, with its line.
 *
 * Rules (README, "Add your own notes"):
 * - a byte-order mark is dropped; `\r\n`, `\r` and `\n` all end a line;
 * - chat-export headers are dropped and cut messages rejoined (chat-export.ts);
 * - `##Вопрос` without the space after the marks is a heading all the same;
 * - a question is plain text as the author wrote it: `__init__` and `**kwargs` keep their
 *   underscores and stars, though CommonMark reads them as emphasis (plain-text.ts);
 * - the first level-1 heading names the deck, every level-1 heading names the topic;
 * - each `##` heading with a body is one card (`## Q ##` closing marks are not part of it);
 *   `###`–`######`, lists, tables and code stay in its answer;
 * - a thematic break ends the card; text under no heading is reported as skipped;
 * - `---` straight under a line of text is a separator, not a heading, except where the
 *   author clearly meant a heading (setext.ts);
 * - HTML comments are the author's notes to self: neither a card nor a skip; other HTML
 *   under no heading is skipped like any text;
 * - a numbered list of questions followed by numbered answers becomes a deck of its own
 *   (numbered-deck.ts); the paragraph right before the list introduces it, and a `##`
 *   heading's own answer above the list stays that heading's card.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';
import { cardIdFor, splitPinnedId } from './card-id.ts';
import { cleanChatExport, type CleanLine } from './chat-export.ts';
import type { ContentError } from './content-error.ts';
import { spaceHeadingMarks, squashSpaces, tidyAnswerLines } from './markdown-lines.ts';
import { findQuestionList, parseNumberedDeck } from './numbered-deck.ts';
import { plainText } from './plain-text.ts';
import { unsetextSeparators } from './setext.ts';
import type { Card, Deck, NotesFile, Skipped } from './types.ts';

/** What one notes file yields. Hard errors are collected, not thrown, so all are shown at once. */
export interface ParsedNotes {
  decks: Deck[];
  cards: Card[];
  skipped: Skipped[];
  errors: ContentError[];
}

/** A run of top-level nodes: a `##` section, or text under no heading. */
interface Block {
  heading?: Heading;
  nodes: RootContent[];
}

/** The notes file's own text after chat-export cleanup, with a map back to file lines. */
export interface CleanSource {
  file: string;
  lines: CleanLine[];
  /** The lines joined: the text the tree was parsed from, which its nodes' offsets index. */
  markdown: string;
  /** 1-based cleaned line → 1-based line in the file. */
  fileLine(cleanLine: number): number;
}

/** Parses one notes file into decks, cards and skips. */
export function parseNotes(notes: NotesFile): ParsedNotes {
  const cleaned = cleanChatExport(notes.text.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  spaceHeadingMarks(cleaned.map((l) => l.text)).forEach((text, i) => (cleaned[i]!.text = text));
  let markdown = cleaned.map((l) => l.text).join('\n');
  let tree = fromMarkdown(markdown);
  // A separator under a paragraph parses as a heading; where it is none, parse again with it apart.
  const separated = unsetextSeparators(tree, cleaned);
  if (separated) {
    markdown = separated.map((l) => l.text).join('\n');
    tree = fromMarkdown(markdown);
  }
  const lines = separated ?? cleaned;
  const source: CleanSource = {
    file: notes.path,
    lines,
    markdown,
    fileLine: (n) => lines[Math.min(Math.max(n, 1), lines.length) - 1]?.line ?? n,
  };
  const result: ParsedNotes = { decks: [], cards: [], skipped: [], errors: [] };
  const fileDeckId = deckSlug(notes.path);
  let deckTitle: string | undefined;
  let topic: string | undefined;
  let block: Block | null = null;
  const sectionCards: Card[] = [];
  let numberedDecks = 0;

  const flush = (): void => {
    if (!block) return;
    const current: Block = block;
    block = null;
    const found = findQuestionList(source, current.nodes, current.heading !== undefined);
    if (found) {
      const listIndex = found.index;
      numberedDecks++;
      const id = numberedDecks === 1 ? `${fileDeckId}-questions` : `${fileDeckId}-questions-${numberedDecks}`;
      // The paragraph right before the list introduces it (under a heading, only a label ending in ':').
      const previous = current.nodes[listIndex - 1];
      const introduces =
        previous?.type === 'paragraph' && (!current.heading || /[:：]\s*$/.test(toString(previous)));
      const start = introduces ? listIndex - 1 : listIndex;
      // Anything before that is not part of the deck: the heading's own answer, or text under no heading.
      let heading = current.heading;
      if (start > 0) {
        const before = current.nodes.slice(0, start);
        if (heading) {
          const card = sectionCard(source, heading, before, fileDeckId, topic, result.skipped);
          if (card) sectionCards.push(card);
          heading = undefined;
        } else {
          result.skipped.push({ file: notes.path, line: lineOf(source, before[0]!), reason: 'text under no heading' });
        }
      }
      const title = heading ? squashSpaces(plainText(heading, markdown)) : undefined;
      const nodes = current.nodes.slice(start);
      const deck = parseNumberedDeck(source, nodes, { ...found, index: listIndex - start }, {
        id,
        title,
        fallbackTitle: deckTitle ?? fileDeckId,
        topic,
      });
      result.errors.push(...deck.errors);
      result.skipped.push(...deck.skipped);
      result.cards.push(...deck.cards);
      if (deck.cards.length > 0) result.decks.push(deck.deck);
      return;
    }
    if (!current.heading) {
      const first = current.nodes[0]!;
      result.skipped.push({ file: notes.path, line: lineOf(source, first), reason: 'text under no heading' });
      return;
    }
    const card = sectionCard(source, current.heading, current.nodes, fileDeckId, topic, result.skipped);
    if (card) sectionCards.push(card);
  };

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      flush();
      if (node.depth === 1) {
        topic = squashSpaces(plainText(node, markdown));
        deckTitle ??= topic;
      } else {
        block = { heading: node, nodes: [] };
      }
    } else if (node.type === 'thematicBreak') {
      flush();
    } else if (!isComment(node) || block) {
      block ??= { nodes: [] };
      block.nodes.push(node);
    }
  }
  flush();

  if (sectionCards.length > 0) {
    result.decks.unshift({
      id: fileDeckId,
      title: deckTitle ?? fileDeckId,
      kind: 'section',
      source: { file: notes.path, line: 1 },
      cardCount: sectionCards.length,
    });
    result.cards.unshift(...sectionCards);
  }
  return result;
}

/** The deck id a file gets: its base name, lower-case, in `[a-z0-9-]`. */
export function deckSlug(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const slug = base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'notes';
}

function sectionCard(
  source: CleanSource,
  heading: Heading,
  body: RootContent[],
  deck: string,
  topic: string | undefined,
  skipped: Skipped[],
): Card | null {
  const line = lineOf(source, heading);
  const { text, pinned } = splitPinnedId(squashSpaces(plainText(heading, source.markdown)));
  if (text === '') {
    skipped.push({ file: source.file, line, reason: 'heading without text' });
    return null;
  }
  const answer = body.length === 0 ? '' : sliceAnswer(source, body);
  if (answer === '') {
    skipped.push({ file: source.file, line, reason: 'heading without a body' });
    return null;
  }
  return {
    id: pinned ?? cardIdFor(text),
    deck,
    ...(topic ? { topic } : {}),
    question: text,
    answer,
    source: { file: source.file, line },
    kind: 'section',
  };
}

/** The answer's markdown: the cleaned source lines its nodes span, tidied. */
function sliceAnswer(source: CleanSource, body: RootContent[]): string {
  const start = body[0]!.position!.start.line;
  const end = body[body.length - 1]!.position!.end.line;
  const lines = source.lines.slice(start - 1, end).map((l) => l.text);
  return tidyAnswerLines(lines).join('\n');
}

/** An HTML comment: the author's note to self, hidden when rendered, so no card and no skip. */
function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());
}

/** The file line a node starts on. */
export function lineOf(source: CleanSource, node: RootContent): number {
  return source.fileLine(node.position?.start.line ?? 1);
}
