/**
 * The collection as the build ships it to the browser: an index (everything but the answers, in
 * columns) and the answers apart, in card order.
 *
 * Why (measured by `npm run bench`, 10,000 cards, Chromium on the 2-core benchmark machine): the
 * collection as one JSON array of card objects is 8.4 MB and took 185–330 ms to fetch and parse,
 * more than the static floor's whole first paint. The index in columns is 1.4 MB and takes ~30 ms;
 * it is all the first card needs (queue, deck, question). The answers follow after the first paint.
 * A card's source line is shipped as its distance from the card before it in the same file (cards
 * come in file order): at 10,000 cards the absolute lines were 23.6 kB of a 150 kB gzipped index, the
 * distances 0.2 kB.
 * What is shown only beside an answer (its corrections, the author's notes on its code and names)
 * travels with the answers: src/core/answers-pack.ts.
 */
import { ANSWER_WARNING_KINDS, packAnswers, unpackAnswerNotes } from './answers-pack.ts';
import { CARD_SHAPES, type Card, type Collection, type ContentWarning, type Deck, type Skipped } from './types.ts';

/** Bump when the packed shape changes (build and app always ship together, so no migration). */
export const PACKED_VERSION = 5;

/** Cards in columns: the i-th entry of each column belongs to the i-th card. */
export interface PackedCards {
  id: string[];
  /** Index into `decks`. */
  deck: number[];
  /** Index into `topics`, or -1 for none. */
  topic: number[];
  question: string[];
  /** Index into `files`. */
  file: number[];
  /** The card's line minus the line of the card before it when that card is in the same file, else the line. */
  line: number[];
  /** Index into CARD_SHAPES (its order is the packed format's); the card's kind follows from it. */
  shape: number[];
  number: (number | null)[];
  suspect: (string | null)[];
}

/** Everything but the answers. */
export interface PackedIndex {
  v: number;
  decks: Deck[];
  skipped: Skipped[];
  warnings: ContentWarning[];
  topics: string[];
  files: string[];
  cards: PackedCards;
}


function indexer(): { of(value: string): number; values: string[] } {
  const positions = new Map<string, number>();
  const values: string[] = [];
  return {
    of(value) {
      let at = positions.get(value);
      if (at === undefined) {
        at = values.push(value) - 1;
        positions.set(value, at);
      }
      return at;
    },
    values,
  };
}

/** Splits a collection into its index and its answers (in card order). */
export function packCollection(collection: Collection): { index: PackedIndex; answers: string[] } {
  const decks = new Map(collection.decks.map((d, i) => [d.id, i]));
  const topics = indexer();
  const files = indexer();
  const cards: PackedCards = { id: [], deck: [], topic: [], question: [], file: [], line: [], shape: [], number: [], suspect: [] };
  let previous: Card | undefined;
  for (const c of collection.cards) {
    const deck = decks.get(c.deck);
    if (deck === undefined) throw new Error(`card ${c.id} names deck "${c.deck}", which the collection does not have`);
    cards.id.push(c.id);
    cards.deck.push(deck);
    cards.topic.push(c.topic === undefined ? -1 : topics.of(c.topic));
    cards.question.push(c.question);
    cards.file.push(files.of(c.source.file));
    cards.line.push(previous?.source.file === c.source.file ? c.source.line - previous.source.line : c.source.line);
    cards.shape.push(CARD_SHAPES.indexOf(c.shape));
    cards.number.push(c.number ?? null);
    cards.suspect.push(c.suspect ?? null);
    previous = c;
  }
  const index: PackedIndex = {
    v: PACKED_VERSION,
    decks: collection.decks,
    skipped: collection.skipped,
    warnings: collection.warnings.filter((w) => !ANSWER_WARNING_KINDS.has(w.kind)),
    topics: topics.values,
    files: files.values,
    cards,
  };
  return { index, answers: packAnswers(collection) };
}

/** The index as the build ships it: JSON (readIndexText reads it back). */
export function writeIndexText(index: PackedIndex): string {
  return JSON.stringify(index);
}

/**
 * The index from writeIndexText's text.
 * @throws Error when it is not such a text, or its columns do not match (a broken deploy).
 */
export function readIndexText(text: string): PackedIndex {
  let index: PackedIndex;
  try {
    index = JSON.parse(text) as PackedIndex;
  } catch {
    // A host that answers a missing file with its HTML page.
    throw new Error('cards index: not an index file');
  }
  const count = index?.cards?.id?.length;
  if (typeof count !== 'number') throw new Error('cards index: not an index file');
  if (index.cards.question?.length !== count) throw new Error(`cards index: ${index.cards.question?.length ?? 0} questions for ${count} cards`);
  return index;
}

/**
 * The collection from its index, each card's answer taken from `answers` (as packCollection made
 * them), or '' when the answers are not there yet. With the answers come the cards' corrections
 * and the warnings about answers, after the index's warnings. Cards have the same fields, in the same order, as the parser's.
 * @throws Error when the index is of another version or the answers do not match it (a broken deploy).
 */
export function unpackCollection(index: PackedIndex, answers: readonly string[] | null): Collection {
  if (index.v !== PACKED_VERSION) throw new Error(`cards index of version ${index.v}, this app reads ${PACKED_VERSION}`);
  const c = index.cards;
  const notes = answers === null ? null : unpackAnswerNotes(answers, c.id.length);
  const deckIds = index.decks.map((d) => d.id);
  const cards: Card[] = new Array(c.id.length);
  let line = 0;
  // Fields set one by one, in the parser's order: object spreads here cost ~20 ms at 10,000 cards.
  for (let i = 0; i < c.id.length; i += 1) {
    const card = { id: c.id[i]!, deck: deckIds[c.deck[i]!]! } as Card;
    const topic = c.topic[i]!;
    if (topic >= 0) card.topic = index.topics[topic]!;
    card.question = c.question[i]!;
    card.answer = answers === null ? '' : answers[i]!;
    line = i > 0 && c.file[i] === c.file[i - 1] ? line + c.line[i]! : c.line[i]!;
    card.source = { file: index.files[c.file[i]!]!, line };
    const shape = CARD_SHAPES[c.shape[i]!]!;
    card.kind = shape === 'numbered-lists' ? 'numbered' : 'section';
    card.shape = shape;
    const number = c.number[i];
    if (number !== null && number !== undefined) card.number = number;
    const suspect = c.suspect[i];
    if (suspect !== null && suspect !== undefined) card.suspect = suspect;
    const corrections = notes?.corrections.get(i);
    if (corrections) card.corrections = corrections;
    cards[i] = card;
  }
  const warnings = notes && notes.warnings.length > 0 ? [...index.warnings, ...notes.warnings] : index.warnings;
  return { decks: index.decks, cards, skipped: index.skipped, warnings };
}

/**
 * The same collection with the answers (and what was packed after them) filled in: new card
 * objects, so anything keyed on them sees the change.
 */
export function withAnswers(collection: Collection, answers: readonly string[]): Collection {
  const notes = unpackAnswerNotes(answers, collection.cards.length);
  const cards = collection.cards.map((card, i) => {
    const corrections = notes.corrections.get(i);
    return corrections ? { ...card, answer: answers[i]!, corrections } : { ...card, answer: answers[i]! };
  });
  const warnings = notes.warnings.length > 0 ? [...collection.warnings, ...notes.warnings] : collection.warnings;
  return { ...collection, cards, warnings };
}
