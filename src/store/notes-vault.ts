/**
 * Where imported notes are kept: IndexedDB, through idb-keyval (docs/importing.md says why). Notes
 * outgrow localStorage's 5 MB; progress stays in localStorage as it is. One record per imported file
 * (src/core/notes-import.ts, ImportedNotes), keyed by its id.
 *
 * Every failure is a VaultError with the fault a learner can act on: `unavailable` (no IndexedDB, as
 * in some private windows, or the browser refused to open it), `full` (the quota), `failed` (anything
 * else). Nothing here throws past a caller that awaits.
 */
import { createStore, delMany, setMany, values } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { ImportedNotes, StorageFault } from '../core/imported-notes.ts';
import { browserStorage } from './safe-storage.ts';
import type { KeyValueStorage } from './safe-storage.ts';

export type VaultFault = StorageFault;

export class VaultError extends Error {
  readonly fault: VaultFault;
  constructor(fault: VaultFault, detail: string) {
    super(detail);
    this.name = 'VaultError';
    this.fault = fault;
  }
}

export interface NotesVault {
  /**
   * Whether notes may be kept here: a flag beside the progress in localStorage, set by every write
   * and cleared when a read finds none. Start-up opens IndexedDB before the first screen only then.
   */
  mayHoldNotes(): boolean;
  /** Every record kept; those that are not a whole record are left out, and counted. */
  list(): Promise<{ notes: ImportedNotes[]; unreadable: number }>;
  /** Writes the records, all or none (one transaction). */
  put(notes: readonly ImportedNotes[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

/** The part of idb-keyval the vault uses, over one object store: tests pass one that fails. */
export interface KeyValueBackend {
  values(): Promise<unknown[]>;
  setMany(entries: [string, unknown][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
}

/** The localStorage key of the flag that says notes may be kept (NotesVault.mayHoldNotes). */
export const NOTES_KEPT_KEY = 'flashcards.notes-kept';

/** The database and object store the notes are kept in. */
export const NOTES_DB = { name: 'flashcards-notes', store: 'notes' } as const;

/** idb-keyval over the app's object store, opened on first use (createStore opens the database at once). */
export function indexedDbBackend(): KeyValueBackend {
  let store: UseStore | null = null;
  const opened = (): UseStore => (store ??= createStore(NOTES_DB.name, NOTES_DB.store));
  return {
    values: () => values(opened()),
    setMany: (entries) => setMany(entries, opened()),
    delMany: (keys) => delMany(keys, opened()),
  };
}

/** A failure as the fault it is. */
export function faultOf(error: unknown): VaultError {
  if (error instanceof VaultError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError') return new VaultError('full', detail);
  // No indexedDB at all (ReferenceError), or one the browser will not open: private windows, blocked storage.
  if (name === 'ReferenceError' || name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return new VaultError('unavailable', detail);
  return new VaultError('failed', detail);
}

const isRecord = (value: unknown): value is ImportedNotes => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ImportedNotes>;
  const c = v.collection;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    typeof v.importedAt === 'number' &&
    typeof c === 'object' &&
    c !== null &&
    Array.isArray(c.decks) &&
    Array.isArray(c.cards) &&
    Array.isArray(c.skipped) &&
    Array.isArray(c.warnings)
  );
};

/** The vault over `backend`, its flag in `flags` (localStorage by default; none: always "may hold"). */
export function createNotesVault(backend: KeyValueBackend = indexedDbBackend(), flags: KeyValueStorage | null = browserStorage()): NotesVault {
  // A flag that cannot be read or written says "may hold": IndexedDB is then asked every time.
  const flag = {
    read: (): boolean => {
      try {
        return flags === null || flags.getItem(NOTES_KEPT_KEY) !== null;
      } catch {
        return true;
      }
    },
    write: (kept: boolean): void => {
      try {
        if (kept) flags?.setItem(NOTES_KEPT_KEY, '1');
        else flags?.removeItem(NOTES_KEPT_KEY);
      } catch {
        // Only start-up's shortcut is lost.
      }
    },
  };
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw faultOf(error);
    }
  };
  return {
    mayHoldNotes: flag.read,
    list: () =>
      guarded(async () => {
        const all = await backend.values();
        flag.write(all.length > 0);
        const notes = all.filter(isRecord);
        return { notes, unreadable: all.length - notes.length };
      }),
    put: (notes) =>
      guarded(async () => {
        // Set first: a write that lands is then always found at the next start-up.
        flag.write(true);
        await backend.setMany(notes.map((n) => [n.id, n]));
      }),
    remove: (ids) => guarded(() => backend.delMany([...ids])),
  };
}
