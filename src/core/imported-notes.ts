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
