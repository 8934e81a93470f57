/**
 * Domain types, in one file, as string unions (no enums).
 * Everything under src/core is pure: no React, no DOM, no Node-only APIs.
 */

/** Where a card, a skip or a warning comes from: a content file and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** How a card was found in the notes. */
export type CardKind = 'section' | 'numbered';

/** One question/answer card, as parsed from the notes. */
export interface Card {
  /** Stable id: survives answer edits and small question edits; can be pinned with `{#id}`. */
  id: string;
  /** The deck's id. */
  deck: string;
  /** The level-1 heading the card sits under, if any. */
  topic?: string;
  /** Plain text. */
  question: string;
  /** Markdown. Fenced code without a language is marked `python`. */
  answer: string;
  source: SourceRef;
  kind: CardKind;
  /** For numbered cards: the number the author wrote. */
  number?: number;
  /** Set when the content audit suspects the answer does not answer the question. */
  suspect?: string;
}

/** A group of cards: one per notes file, plus one per numbered question list. */
export interface Deck {
  id: string;
  title: string;
  kind: CardKind;
  source: SourceRef;
  cardCount: number;
}

/** A section of the notes that did not become a card, and why. */
export interface Skipped {
  file: string;
  line: number;
  reason: string;
}

export type WarningKind = 'mismatch';

/** A soft problem found by the content audit. */
export interface ContentWarning {
  kind: WarningKind;
  cardId?: string;
  file: string;
  line: number;
  message: string;
}

/** Everything the build step produces from the notes. */
export interface Collection {
  decks: Deck[];
  cards: Card[];
  skipped: Skipped[];
  warnings: ContentWarning[];
}

/** A notes file as read by the caller (the build, the CLI, later the browser). */
export interface NotesFile {
  /** Path as shown to the user, e.g. `content/django-orm.md`. */
  path: string;
  text: string;
}
