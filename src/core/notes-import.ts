/**
 * Notes imported in the browser (docs/importing.md): reading a chosen file's bytes, fitting the
 * parsed result (src/core/notes-parse.ts, in a worker) into the collection, and what importing a file
 * again changes. Pure: the store keeps and applies the result.
 *
 * The rules:
 * - a file is UTF-8 text of at most 10 MB; anything else is refused before it is parsed;
 * - an imported file is kept whole (its text, to re-parse and to back up) with the decks and cards
 *   parsed from it, under its name: importing a file of the same name again updates it;
 * - a deck id already taken by another deck gets `-2`, `-3`…, so ids stay unique and stay the same
 *   when the same file is imported again;
 * - a question already in the collection, in another deck, stays where it is, with its progress: the
 *   imported copy is left out, and the preview says so;
 * - cards that an update removes keep their progress (dormant), as when the notes of a build change.
 */
import type { ImportedNotes, NotesDraft } from './imported-notes.ts';
import type { Card, Collection, Deck } from './types.ts';

/** The largest notes file taken: ten times the seed's collection of 64 cards would be 0.5 MB. */
export const MAX_NOTES_BYTES = 10 * 1024 * 1024;
/** The file names the picker offers. */
export const NOTES_FILE_TYPES = ['.md', '.markdown', '.txt'] as const;
/** A notes file's corrections ride beside it (docs/notes-format.md): `foo.md` and `foo.corrections.md`. */
const CORRECTIONS_SUFFIX = /\.corrections\.(?:md|markdown|txt)$/i;

export type BytesProblem = 'empty' | 'too-large' | 'binary' | 'not-utf8';

/** A file's bytes as notes text, or why they are not notes. A byte-order mark is dropped. */
export function decodeNotes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: BytesProblem } {
  if (bytes.length > MAX_NOTES_BYTES) return { ok: false, problem: 'too-large' };
  // A NUL byte is never in text: images, archives and PDFs have them near the start.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text };
}

/** For a corrections file's name, the base name of the notes it belongs to (`a.corrections.md` → `a`); null for notes. */
export function correctionsBase(name: string): string | null {
  return CORRECTIONS_SUFFIX.test(name) ? name.replace(CORRECTIONS_SUFFIX, '') : null;
}

/** A notes file's name without its extension: what its corrections file is paired on. */
export const notesBase = (name: string): string => name.replace(/\.[^.]*$/, '');

/* ---------------------------------------------------------------------------------------------
 * Fitting an import into the collection, and what an update changes.
 * ------------------------------------------------------------------------------------------- */

/** What importing one draft would do. */
export interface ImportPlanItem {
  draft: NotesDraft;
  /** The imported notes it updates, or null for new ones. */
  target: ImportedNotes | null;
  /** Its decks and cards as they will be kept: deck ids made unique, questions already elsewhere left out. */
  collection: Collection;
  /** Questions already in another deck of the collection: left there, with their progress. */
  duplicates: { card: Card; deck: Deck | undefined }[];
  /** Against `target`: cards new, changed (answer, question or corrections), removed (their progress kept), unchanged. */
  added: Card[];
  changed: Card[];
  removed: Card[];
  unchanged: number;
}

/** The collection as it is now: its decks and cards, and the imports among them. */
export interface CurrentCollection {
  decks: readonly Deck[];
  cards: readonly Card[];
  imports: readonly ImportedNotes[];
}

/** The imported notes a draft updates by default: the ones of the same name. */
export function defaultTarget(draft: NotesDraft, imports: readonly ImportedNotes[]): ImportedNotes | null {
  return imports.find((i) => i.name === draft.name) ?? null;
}

/** What importing `parsed` (the draft's parse) into `current` does, updating `target` if given. */
export function planImportItem(draft: NotesDraft, parsed: Collection, target: ImportedNotes | null, current: CurrentCollection): ImportPlanItem {
  const own = new Set(target?.collection.decks.map((d) => d.id));
  const takenDecks = new Set(current.decks.filter((d) => !own.has(d.id)).map((d) => d.id));
  const deckIds = new Map<string, string>();
  for (const deck of parsed.decks) {
    let id = deck.id;
    for (let n = 2; takenDecks.has(id); n += 1) id = `${deck.id}-${n}`;
    takenDecks.add(id);
    deckIds.set(deck.id, id);
  }

  const decksById = new Map(current.decks.map((d) => [d.id, d]));
  const ownCards = new Map(target?.collection.cards.map((c) => [c.id, c]));
  const elsewhere = new Map(current.cards.filter((c) => !ownCards.has(c.id)).map((c) => [c.id, c]));
  const duplicates: ImportPlanItem['duplicates'] = [];
  const cards: Card[] = [];
  for (const card of parsed.cards) {
    const other = elsewhere.get(card.id);
    if (other) duplicates.push({ card, deck: decksById.get(other.deck) });
    else cards.push({ ...card, deck: deckIds.get(card.deck) ?? card.deck });
  }
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.deck, (counts.get(card.deck) ?? 0) + 1);
  const decks = parsed.decks
    .map((d) => ({ ...d, id: deckIds.get(d.id)!, cardCount: counts.get(deckIds.get(d.id)!) ?? 0 }))
    .filter((d) => d.cardCount > 0);
  const kept = new Set(cards.map((c) => c.id));
  const collection: Collection = {
    decks,
    cards,
    skipped: parsed.skipped,
    warnings: parsed.warnings.filter((w) => w.cardId === undefined || kept.has(w.cardId)),
  };

  const added: Card[] = [];
  const changed: Card[] = [];
  let unchanged = 0;
  for (const card of cards) {
    const before = ownCards.get(card.id);
    if (!before) added.push(card);
    else if (sameCard(before, card)) unchanged += 1;
    else changed.push(card);
  }
  const removed = [...ownCards.values()].filter((c) => !kept.has(c.id));
  return { draft, target, collection, duplicates, added, changed, removed, unchanged };
}

const correctionsText = (card: Card): string => (card.corrections ?? []).map((c) => c.text).join('\n');

function sameCard(a: Card, b: Card): boolean {
  return a.question === b.question && a.answer === b.answer && a.deck === b.deck && correctionsText(a) === correctionsText(b);
}

/** The record to keep for a planned item, at `now`. */
export function importedNotesOf(item: ImportPlanItem, now: number, imports: readonly ImportedNotes[]): ImportedNotes {
  const { draft, target } = item;
  const base = { name: draft.name, text: draft.text, origin: draft.origin, collection: item.collection, updatedAt: now };
  const notes = draft.corrections === undefined ? base : { ...base, corrections: draft.corrections };
  if (target) return { ...notes, id: target.id, importedAt: target.importedAt };
  const ids = new Set(imports.map((i) => i.id));
  let id = draft.name;
  for (let n = 2; ids.has(id); n += 1) id = `${draft.name} (${n})`;
  return { ...notes, id, importedAt: now };
}


/**
 * The plan for several drafts imported together, each against its target (null: new notes), in
 * order: each one sees the decks and cards of those before it, so ids stay unique across them too.
 */
export function planImport(drafts: readonly NotesDraft[], parsed: readonly Collection[], targets: readonly (ImportedNotes | null)[], current: CurrentCollection): ImportPlanItem[] {
  const items: ImportPlanItem[] = [];
  let decks = [...current.decks];
  let cards = [...current.cards];
  drafts.forEach((draft, i) => {
    const item = planImportItem(draft, parsed[i]!, targets[i] ?? null, { decks, cards, imports: current.imports });
    items.push(item);
    // What this item replaces is gone for the next ones, and what it brings is taken.
    const replaced = new Set(item.target?.collection.cards.map((c) => c.id));
    const replacedDecks = new Set(item.target?.collection.decks.map((d) => d.id));
    decks = [...decks.filter((d) => !replacedDecks.has(d.id)), ...item.collection.decks];
    cards = [...cards.filter((c) => !replaced.has(c.id)), ...item.collection.cards];
  });
  return items;
}

/** The records to keep for planned items, at `now`: new ones get ids unique among the imports and each other. */
export function recordsOf(items: readonly ImportPlanItem[], now: number, imports: readonly ImportedNotes[]): ImportedNotes[] {
  const records: ImportedNotes[] = [];
  for (const item of items) records.push(importedNotesOf(item, now, [...imports, ...records]));
  return records;
}
