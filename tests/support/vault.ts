/** Imported notes kept in memory, and a backend that fails as IndexedDB does: for store and screen tests. */
import type { ImportedNotes } from '../../src/core/imported-notes.ts';
import { NOTES_KEPT_KEY, createNotesVault } from '../../src/store/notes-vault.ts';
import { MemoryStorage } from './memory-storage.ts';
import type { KeyValueBackend, NotesVault } from '../../src/store/notes-vault.ts';

/** A backend over a Map; `fail` makes the next writes (or every call) reject with the given DOMException name. */
export class MemoryBackend implements KeyValueBackend {
  readonly kept = new Map<string, unknown>();
  /** Rejects writes with this DOMException name while set ('QuotaExceededError', 'InvalidStateError'…). */
  failWrites: string | null = null;
  /** Rejects reads with this DOMException name while set. */
  failReads: string | null = null;

  constructor(initial: readonly ImportedNotes[] = []) {
    for (const n of initial) this.kept.set(n.id, n);
  }
  values(): Promise<unknown[]> {
    if (this.failReads) return Promise.reject(new DOMException('refused', this.failReads));
    return Promise.resolve([...this.kept.values()]);
  }
  setMany(entries: [string, unknown][]): Promise<void> {
    if (this.failWrites) return Promise.reject(new DOMException('refused', this.failWrites));
    for (const [id, n] of entries) this.kept.set(id, structuredClone(n));
    return Promise.resolve();
  }
  delMany(keys: string[]): Promise<void> {
    if (this.failWrites) return Promise.reject(new DOMException('refused', this.failWrites));
    for (const id of keys) this.kept.delete(id);
    return Promise.resolve();
  }
}

/** A vault over a fresh MemoryBackend (or the one given), its flag set when the backend holds notes, as a browser's would be. */
export function memoryVault(backend: MemoryBackend = new MemoryBackend(), flags = new MemoryStorage(backend.kept.size > 0 ? { [NOTES_KEPT_KEY]: '1' } : {})): NotesVault {
  return createNotesVault(backend, flags);
}
