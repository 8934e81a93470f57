/**
 * The whole collection from all notes files: parse each, check ids across files, audit.
 */
import { auditMismatches } from './audit.ts';
import { ContentError } from './content-error.ts';
import { parseNotes } from './parse-notes.ts';
import type { Card, Collection, Deck, NotesFile } from './types.ts';

/** The collection, and the hard errors that must stop a build. */
export interface CollectionResult {
  collection: Collection;
  errors: ContentError[];
}

/** Builds the collection from notes files, in the order given. */
export function buildCollection(files: readonly NotesFile[]): CollectionResult {
  const collection: Collection = { decks: [], cards: [], skipped: [], warnings: [] };
  const errors: ContentError[] = [];
  for (const file of files) {
    const parsed = parseNotes(file);
    collection.decks.push(...parsed.decks);
    collection.cards.push(...parsed.cards);
    collection.skipped.push(...parsed.skipped);
    errors.push(...parsed.errors);
  }
  errors.push(...duplicateIds(collection.cards), ...duplicateDecks(collection.decks));

  collection.warnings = auditMismatches(collection.cards);
  const suspects = new Map(collection.warnings.map((w) => [w.cardId, w.message]));
  for (const card of collection.cards) {
    const message = suspects.get(card.id);
    if (message !== undefined) card.suspect = message;
  }
  return { collection, errors };
}

function duplicateIds(cards: readonly Card[]): ContentError[] {
  const seen = new Map<string, Card>();
  const errors: ContentError[] = [];
  for (const card of cards) {
    const first = seen.get(card.id);
    if (first) {
      errors.push(
        new ContentError(
          card.source.file,
          card.source.line,
          `duplicate card id "${card.id}": also at ${first.source.file}:${first.source.line} (pin a different id with {#id})`,
        ),
      );
    } else {
      seen.set(card.id, card);
    }
  }
  return errors;
}

function duplicateDecks(decks: readonly Deck[]): ContentError[] {
  const seen = new Map<string, Deck>();
  const errors: ContentError[] = [];
  for (const deck of decks) {
    const first = seen.get(deck.id);
    if (first) {
      errors.push(new ContentError(deck.source.file, deck.source.line, `duplicate deck id "${deck.id}": also from ${first.source.file}`));
    } else {
      seen.set(deck.id, deck);
    }
  }
  return errors;
}
