/**
 * The whole collection from all notes files: parse each, check ids across files, audit, check the
 * code and the names, and attach the corrections from the files beside the notes.
 */
import { auditMismatches } from './audit.ts';
import { checkCode } from './code-check.ts';
import { ContentError } from './content-error.ts';
import { attachCorrections } from './corrections-attach.ts';
import { parseCorrections } from './corrections.ts';
import { checkNames } from './name-check.ts';
import type { NameIndex } from './name-index.ts';
import { parseNotes } from './parse-notes.ts';
import type { Card, Collection, Deck, NotesFile } from './types.ts';

/** The collection, and the hard errors that must stop a build. */
export interface CollectionResult {
  collection: Collection;
  errors: ContentError[];
}

export interface BuildOptions {
  /** Corrections files (`<notes>.corrections.md`), each for the notes file beside it. */
  corrections?: readonly NotesFile[];
  /** The documented names the name check knows; Django's, DRF's, Flask's and Python's by default. */
  names?: NameIndex;
}

/** Builds the collection from notes files, in the order given. */
export function buildCollection(files: readonly NotesFile[], options: BuildOptions = {}): CollectionResult {
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

  const mismatches = auditMismatches(collection.cards);
  const suspects = new Map(mismatches.map((w) => [w.cardId, w.message]));
  for (const card of collection.cards) {
    const message = suspects.get(card.id);
    if (message !== undefined) card.suspect = message;
  }

  const lines = new Map(files.map((file) => [file.path, file.text.split(/\r?\n/)]));
  const code = checkCode(collection.cards, lines);
  const names = checkNames(collection.cards, lines, code.defined, options.names);

  const parsed = (options.corrections ?? []).map((file) => {
    const { entries, errors: fileErrors } = parseCorrections(file);
    errors.push(...fileErrors);
    return { path: file.path, entries };
  });
  const corrections = attachCorrections(collection.cards, parsed);
  for (const card of collection.cards) {
    const list = corrections.byCard.get(card.id);
    if (list) card.corrections = list;
  }

  // The index's warnings first, then those that travel with the answers (src/core/answers-pack.ts),
  // so a collection packed and unpacked again has them in the same order.
  collection.warnings = [...mismatches, ...corrections.warnings, ...code.warnings, ...names];
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
