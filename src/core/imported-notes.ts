/**
 * Imported notes as the app keeps them (src/core/notes-import.ts has the rules of importing, and
 * src/core/notes-parse.ts the parsing, which runs in a worker): small, since the app's first screen
 * needs it to put the imported decks beside the built ones.
 */
import type { Collection } from './types.ts';

/** Why the browser's storage refused (src/store/notes-vault.ts): no IndexedDB, the quota, anything else. */
export type StorageFault = 'unavailable' | 'full' | 'failed';

/** Notes as the learner chose them, before they are parsed. */
export interface NotesDraft {
  /** The file's name, or the name given to pasted notes: what an update is matched on. */
  name: string;
  text: string;
  /** The text of the corrections file chosen with it, if any. */
  corrections?: string;
  origin: 'file' | 'paste' | 'backup';
}

/** An imported notes file, as kept in the browser (src/store/notes-vault.ts). */
export interface ImportedNotes extends NotesDraft {
  /** The key it is kept under. */
  id: string;
  /** When it was first imported, and last updated (epoch ms). */
  importedAt: number;
  updatedAt: number;
  /** Its decks and cards (with their answers), skips and warnings, as fitted into the collection. */
  collection: Collection;
}

/**
 * The built collection with the imported notes after it, in the order they were first imported. A
 * question that is already there (a new deploy's notes took up a question imported before) stays
 * where it came first: ids stay unique, and a deck left with no card is left out.
 */
export function joinCollections(built: Collection, imports: readonly ImportedNotes[]): Collection {
  if (imports.length === 0) return built;
  const seen = new Set(built.cards.map((c) => c.id));
  const parts = [...imports].sort((a, b) => a.importedAt - b.importedAt).map((i) => i.collection);
  const joined: Collection = { decks: [...built.decks], cards: [...built.cards], skipped: [...built.skipped], warnings: [...built.warnings] };
  for (const part of parts) {
    const cards = part.cards.filter((c) => !seen.has(c.id));
    for (const c of cards) seen.add(c.id);
    const whole = cards.length === part.cards.length;
    const counts = new Map<string, number>();
    if (!whole) for (const c of cards) counts.set(c.deck, (counts.get(c.deck) ?? 0) + 1);
    joined.decks.push(...(whole ? part.decks : part.decks.flatMap((d) => (counts.has(d.id) ? [{ ...d, cardCount: counts.get(d.id)! }] : []))));
    joined.cards.push(...cards);
    joined.skipped.push(...part.skipped);
    joined.warnings.push(...part.warnings);
  }
  return joined;
}

/** The `notes` section of a progress file (src/core/progress-file.ts): the imported notes, as text. */
export const NOTES_SECTION = 'notes';

/** What a backup keeps of imported notes: the text, so that a restore parses them again. */
export interface BackedUpNotes {
  name: string;
  text: string;
  corrections?: string;
  origin: NotesDraft['origin'];
  importedAt: string;
}

/** The section's value for these imports. */
export function notesSection(imports: readonly ImportedNotes[]): BackedUpNotes[] {
  return imports.map((n) => {
    const kept: BackedUpNotes = { name: n.name, text: n.text, origin: n.origin, importedAt: new Date(n.importedAt).toISOString() };
    return n.corrections === undefined ? kept : { ...kept, corrections: n.corrections };
  });
}

/** The notes in a file's `notes` section, as drafts; null when the section is missing or is not one (it is then ignored, as any unknown section). */
export function notesFromSection(value: unknown): NotesDraft[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const drafts: NotesDraft[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { name, text, corrections } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name.length === 0 || name.length > 200 || typeof text !== 'string') return null;
    if (corrections !== undefined && typeof corrections !== 'string') return null;
    drafts.push(typeof corrections === 'string' ? { name, text, corrections, origin: 'backup' } : { name, text, origin: 'backup' });
  }
  return drafts;
}
