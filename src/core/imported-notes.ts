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

/** The built collection with the imported notes after it, in the order they were first imported. */
export function joinCollections(built: Collection, imports: readonly ImportedNotes[]): Collection {
  if (imports.length === 0) return built;
  const all = [built, ...[...imports].sort((a, b) => a.importedAt - b.importedAt).map((i) => i.collection)];
  return {
    decks: all.flatMap((c) => c.decks),
    cards: all.flatMap((c) => c.cards),
    skipped: all.flatMap((c) => c.skipped),
    warnings: all.flatMap((c) => c.warnings),
  };
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
