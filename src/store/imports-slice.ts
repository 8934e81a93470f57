/**
 * Notes imported in the browser, beside the built ones (src/core/notes-import.ts has the rules).
 * The vault is written first and the state after, so what the app shows is what a reload finds: a
 * write that fails changes nothing and says why. `collection` is the built notes joined with the
 * imports; the built part is kept apart (`built`), since its answers arrive after the first screen.
 */
import { joinCollections } from '../core/imported-notes.ts';
import type { ImportedNotes } from '../core/imported-notes.ts';
import type { Card, Collection } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';
import type { ApplyResult } from './data-slice.ts';
import { faultOf } from './notes-vault.ts';
import type { NotesVault, VaultFault } from './notes-vault.ts';

export type VaultResult = { ok: true } | { ok: false; fault: VaultFault; detail: string };

export interface ImportsSlice {
  /** The notes built with the app (their answers filled in once they arrive). */
  built: Collection;
  /** Imported notes files, as kept in the vault. */
  imports: readonly ImportedNotes[];
  /** Why the imported notes could not be read at start-up (the built decks work meanwhile), or null. */
  importsFault: { fault: VaultFault; detail: string } | null;
  /** Keep these imported notes (new ones, or updates of the same id), then show them. */
  saveImports: (notes: readonly ImportedNotes[]) => Promise<VaultResult>;
  /**
   * Remove imported notes. Their cards' progress stays (dormant, as for any card that leaves the
   * notes) unless `dropProgress`: it is then removed too, after a backup; if none can be made, the
   * notes are removed and the progress kept (`backup-failed`).
   */
  deleteImport: (id: string, dropProgress: boolean, now: number) => Promise<VaultResult | Extract<ApplyResult, { ok: false }>>;
}

/** The content fields for `built` and `imports` together. */
export function contentOf(built: Collection, imports: readonly ImportedNotes[]): Pick<AppState, 'built' | 'imports' | 'collection' | 'cardIndex'> {
  const collection = joinCollections(built, imports);
  // Cards by id, without an array of pairs in between (10,000 cards at start-up).
  const cardIndex = new Map<string, Card>();
  for (const card of collection.cards) cardIndex.set(card.id, card);
  return { built, imports, collection, cardIndex };
}

export function createImportsSlice(vault: NotesVault, fault: ImportsSlice['importsFault']): AppSliceCreator<Pick<ImportsSlice, 'importsFault' | 'saveImports' | 'deleteImport'>> {
  const failed = (error: unknown): VaultResult => {
    const { fault: kind, message } = faultOf(error);
    return { ok: false, fault: kind, detail: message };
  };
  return (set, get) => ({
    importsFault: fault,
    async saveImports(notes) {
      try {
        await vault.put(notes);
      } catch (error) {
        return failed(error);
      }
      const ids = new Set(notes.map((n) => n.id));
      const { built, imports } = get();
      set({ ...contentOf(built, [...imports.filter((i) => !ids.has(i.id)), ...notes]), importsFault: null });
      return { ok: true };
    },
    async deleteImport(id, dropProgress, now) {
      const gone = get().imports.find((i) => i.id === id);
      if (!gone) return { ok: true };
      try {
        await vault.remove([id]);
      } catch (error) {
        return failed(error);
      }
      const { built, imports } = get();
      set(contentOf(built, imports.filter((i) => i.id !== id)));
      if (!dropProgress) return { ok: true };
      const changes = new Map<string, undefined>();
      for (const card of gone.collection.cards) if (get().progress.has(card.id)) changes.set(card.id, undefined);
      // Without a backup the progress stays: the deck is gone, its cards' progress dormant.
      return changes.size === 0 ? { ok: true } : get().removeProgress(changes, now);
    },
  });
}
