/**
 * Notes → cards, in one walk over the markdown tree. The markdown parser finds the structure
 * (headings, thematic breaks, lists, code); line-level passes handle what CommonMark cannot know
 * about pasted notes; small recognisers in ./shapes/ read the shapes people write their notes in
 * (docs/notes-format.md). The promise: no text is lost — everything that is in no card is listed
 * as skipped, with its line.
 *
 * - a byte-order mark is dropped; `\r\n`, `\r` and `\n` all end a line; YAML front matter is
 *   skipped as one entry (front-matter.ts);
 * - chat-export headers are dropped and cut messages rejoined (chat-export.ts);
 * - `##Вопрос` without the space after the marks is a heading all the same;
 * - a question is plain text as the author wrote it: `__init__` and `**kwargs` keep their
 *   underscores and stars, though CommonMark reads them as emphasis (plain-text.ts);
 * - the first level-1 heading names the deck, every level-1 heading names the topic;
 * - each `##` heading with a body is one card (`## Q ##` closing marks are not part of it), and so
 *   is any deeper heading with a body that is under no card; deeper headings under a card, lists,
 *   tables and code stay in its answer;
 * - but a heading that is not a question becomes a topic when questions sit under it: question
 *   headings one level down (`## Python` over `### Что такое генератор?`), Q&A list items,
 *   `<details>` blocks, `Вопрос:`/`Ответ:` pairs, `question::answer` lines or a question/answer
 *   table (./shapes/block.ts); its text that is in none of them is skipped;
 * - a thematic break ends the card; text in no card is reported as skipped, as under a topic or
 *   under no heading at all;
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
import type { RootContent } from 'mdast';
import { cardIdFor, splitPinnedId } from './card-id.ts';
import { cleanChatExport } from './chat-export.ts';
import { frontMatterEnd } from './front-matter.ts';
import type { ContentError } from './content-error.ts';
import { spaceHeadingMarks, squashSpaces } from './markdown-lines.ts';
import { parseNumberedDeck } from './numbered-deck.ts';
import { findQuestionList, namesAnswers } from './question-list.ts';
import { plainText } from './plain-text.ts';
import { unsetextSeparators } from './setext.ts';
import { cardsInBlock } from './shapes/block.ts';
import { separateDetails } from './shapes/details.ts';
import { readsAsQuestion, withoutNumber } from './shapes/question-text.ts';
import { noCardReason, sectionCard, type CardHeading } from './shapes/section.ts';
import { isComment, lineOf, type CleanSource, type FoundCard } from './shapes/source.ts';
import type { Card, Deck, NotesFile, Skipped } from './types.ts';


/** What one notes file yields. Hard errors are collected, not thrown, so all are shown at once. */
export interface ParsedNotes {
  decks: Deck[];
  cards: Card[];
  skipped: Skipped[];
  errors: ContentError[];
}

/** A run of top-level nodes: a heading's section, or text under no heading. */
interface Block {
  heading?: CardHeading;
  nodes: RootContent[];
}

/** A heading that names the topic of the cards under it. */
interface Topic {
  depth: number;
  text: string;
}

/** Parses one notes file into decks, cards and skips. */
export function parseNotes(notes: NotesFile): ParsedNotes {
  const cleaned = cleanChatExport(notes.text.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  spaceHeadingMarks(cleaned.map((l) => l.text)).forEach((text, i) => (cleaned[i]!.text = text));
  const metadata = frontMatterEnd(cleaned);
  for (let i = 0; i <= metadata; i++) cleaned[i]!.text = '';
  const apart = separateDetails(cleaned);
  let markdown = apart.map((l) => l.text).join('\n');
  let tree = fromMarkdown(markdown);
  // A separator under a paragraph parses as a heading; where it is none, parse again with it apart.
  const separated = unsetextSeparators(tree, apart);
  if (separated) {
    markdown = separated.map((l) => l.text).join('\n');
    tree = fromMarkdown(markdown);
  }
  const lines = separated ?? apart;
  const source: CleanSource = {
    file: notes.path,
    lines,
    markdown,
    fileLine: (n) => lines[Math.min(Math.max(n, 1), lines.length) - 1]?.line ?? n,
  };
  const result: ParsedNotes = { decks: [], cards: [], skipped: [], errors: [] };
  if (metadata > 0) result.skipped.push({ file: notes.path, line: cleaned[0]!.line, reason: 'front matter' });
  const fileDeckId = deckSlug(notes.path);
  let deckTitle: string | undefined;
  const topics: Topic[] = [];
  const topicNow = (): string | undefined => topics[topics.length - 1]?.text;
  let block: Block | null = null;
  const sectionCards: Card[] = [];
  let numberedDecks = 0;
  const skip = (node: RootContent, reason: string): void => void result.skipped.push({ file: notes.path, line: lineOf(source, node), reason });
  /** Text in no card: under a topic (a `#` heading, or a heading that names one), or under no heading at all. */
  const skipText = (node: RootContent, underHeading = false): void =>
    skip(node, underHeading || topics.length > 0 ? 'text under a topic, in no card' : 'text under no heading');

  const addFound = (found: FoundCard, topic: string | undefined): void => {
    const { text, pinned } = splitPinnedId(found.question);
    if (text === '') {
      result.skipped.push({ file: notes.path, line: found.line, reason: 'question without text' });
      return;
    }
    sectionCards.push({
      id: pinned ?? cardIdFor(text),
      deck: fileDeckId,
      ...(topic ? { topic } : {}),
      question: text,
      answer: found.answer,
      source: { file: notes.path, line: found.line },
      kind: 'section',
      shape: found.shape,
    });
  };

  /** The block as a numbered deck, or as its heading's card: how the seed's notes are shaped. */
  const cardOrDeck = (current: Block): void => {
    const found = findQuestionList(source, current.nodes, current.heading !== undefined);
    if (found) {
      const listIndex = found.index;
      numberedDecks++;
      const id = numberedDecks === 1 ? `${fileDeckId}-questions` : `${fileDeckId}-questions-${numberedDecks}`;
      // The paragraph right before the list introduces it (under a heading, only a label ending in ':').
      const previous = current.nodes[listIndex - 1];
      // More than a sentence is the section's own text, not a title: it stays in a card.
      const introduces =
        previous?.type === 'paragraph' &&
        (!current.heading || /[:：]\s*$/.test(toString(previous))) &&
        !(current.heading && /[.!?…]\s+\S/.test(toString(previous).trim()));
      const start = introduces ? listIndex - 1 : listIndex;
      // Anything before that is not part of the deck: the heading's own answer, or text under no heading.
      let heading = current.heading;
      if (start > 0) {
        const before = current.nodes.slice(0, start);
        if (heading) {
          const card = sectionCard(source, heading, before, fileDeckId, topicNow(), result.skipped);
          if (card) sectionCards.push(card);
          heading = undefined;
        } else {
          skipText(before[0]!);
        }
      }
      // A heading over the list names the deck, unless a line introduces it: then the heading is its topic.
      const name = heading ? withoutNumber(splitPinnedId(heading.text).text) : undefined;
      const nodes = current.nodes.slice(start);
      const deck = parseNumberedDeck(source, nodes, { ...found, index: listIndex - start }, {
        id,
        title: introduces ? undefined : name,
        fallbackTitle: deckTitle ?? fileDeckId,
        topic: introduces && name !== undefined && !heading!.question ? name : topicNow(),
      });
      result.errors.push(...deck.errors);
      result.skipped.push(...deck.skipped);
      result.cards.push(...deck.cards);
      if (deck.cards.length > 0) result.decks.push(deck.deck);
      return;
    }
    if (!current.heading) {
      skipText(current.nodes[0]!);
      return;
    }
    const notCard = noCardReason(source, current.heading, current.nodes);
    if (notCard) {
      skip(current.heading.node, notCard);
      return;
    }
    const card = sectionCard(source, current.heading, current.nodes, fileDeckId, topicNow(), result.skipped);
    if (card) sectionCards.push(card);
  };

  /**
   * Ends the open block. A heading that is no question names a topic when the shapes find
   * questions in its body, or when `topic` (a question heading came under it): then it is no card.
   */
  const flush = (topic = false): void => {
    if (!block) return;
    const current: Block = block;
    block = null;
    const heading = current.heading;
    if (!heading?.question) {
      const found = cardsInBlock(source, current.nodes);
      // Under a heading that could be a card, the shapes make it a topic only when they are its body:
      // most of its lines, and two or more cards or nothing else. One labelled pair or `<details>` in a
      // section of prose is part of that section's answer.
      const mostly =
        heading === undefined ||
        (found.sureLines >= lineCount(current.nodes) / 2 && (found.cards.length >= 2 || found.leftovers.length === 0));
      if ((found.cards.length > 0 && mostly) || topic) {
        const name = heading ? withoutNumber(splitPinnedId(heading.text).text) : undefined;
        for (const card of found.cards) addFound(card, name ?? topicNow());
        result.skipped.push(...found.skipped);
        for (const run of found.leftovers) skipText(run[0]!, heading !== undefined);
        if (topic && name !== undefined) topics.push({ depth: heading!.node.depth, text: name });
        return;
      }
    }
    cardOrDeck(current);
  };

  for (const node of tree.children) {
    const htmlTitle = node.type === 'html' ? HTML_H1.exec(node.value.trim()) : null;
    if (htmlTitle) {
      // `<h1 align="center">Title</h1>`, as READMEs open: a level-1 heading.
      flush();
      const text = squashSpaces(htmlTitle[1]!.replace(/<[^>]+>/g, ''));
      topics.length = 0;
      topics.push({ depth: 1, text });
      deckTitle ??= text;
    } else if (node.type === 'heading') {
      const text = squashSpaces(plainText(node, markdown));
      // `## Ответы` under numbered questions: their answers, as an `Ответы:` line would be.
      if (block?.nodes.some((n) => n.type === 'list' && n.ordered) && namesAnswers(text)) {
        block.nodes.push(node);
        continue;
      }
      const heading: CardHeading = { node, text, question: readsAsQuestion(splitPinnedId(text).text) };
      const open = block?.heading;
      if (open && open.node.depth < node.depth) {
        // Under a card, a heading is a subsection of its answer, unless it is a question under a
        // heading that is none: that heading names a topic, and this question is a card.
        if (!heading.question || open.question) {
          block!.nodes.push(node);
          continue;
        }
        flush(true);
        block = { heading, nodes: [] };
        continue;
      }
      flush();
      while (topics.length > 0 && topics[topics.length - 1]!.depth >= node.depth) topics.pop();
      if (node.depth === 1) {
        topics.push({ depth: 1, text });
        deckTitle ??= text;
      } else {
        block = { heading, nodes: [] };
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

/** The lines a run of nodes spans, counted node by node. */
function lineCount(nodes: readonly RootContent[]): number {
  return nodes.reduce((sum, node) => sum + node.position!.end.line - node.position!.start.line + 1, 0);
}

/** `<h1>Title</h1>` on a line of its own. */
const HTML_H1 = /^<h1(?:\s[^>]*)?>([\s\S]*?)<\/h1\s*>$/i;
