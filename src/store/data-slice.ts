/**
 * Progress as data: backups, reset, import. Whatever replaces progress keeps a backup of it first
 * (or is refused, unless the learner chose to go on with a downloaded copy instead) and is written
 * at once rather than after the usual pause. Building and reading files is src/core/progress-file.ts.
 */
import type { CardProgress } from '../core/types.ts';
import type { AppSliceCreator } from './app-state.ts';
import type { BackupInfo, Persistence } from './persistence.ts';
import type { StoredTarget } from './notices.ts';

/** What became of a replace or a merge. */
export type ApplyResult = { ok: true; backupKey: string | null } | { ok: false; reason: 'backup-failed' };

export interface DataSlice {
  /** Backups kept in the browser, of progress and of the values beside it, newest first (src/store/backups.ts). */
  listBackups: () => BackupInfo[];
  /** A backup's text, for download or restore. */
  readBackup: (key: string) => string | null;
  deleteBackup: (key: string) => boolean;
  /** The raw value behind a "damaged" notice, for download. */
  damagedValue: (what: StoredTarget) => string | null;
  /**
   * Replace every card's progress with `next` (a reset passes an empty map). A backup of the
   * progress is kept first; if it cannot be, nothing changes unless `force`.
   */
  replaceProgress: (next: ReadonlyMap<string, CardProgress>, reason: 'reset' | 'import' | 'restore', now: number, force?: boolean) => ApplyResult;
  /** Remove these cards' progress (`changes` maps each id to undefined), after a backup as above: a deleted deck's. */
  removeProgress: (changes: ReadonlyMap<string, undefined>, now: number) => ApplyResult;
  /** Merge `changes` (from mergeAll) into the progress, after a backup as above. */
  mergeProgressIn: (changes: ReadonlyMap<string, CardProgress>, now: number, force?: boolean) => ApplyResult;
}

/** The data slice, over the persistence adapter the store was made with. */
export function createDataSlice(persistence: Persistence): AppSliceCreator<DataSlice> {
  return (_set, get) => {
    const apply = (changes: ReadonlyMap<string, CardProgress | undefined>, reason: 'reset' | 'import' | 'restore' | 'delete', now: number, force: boolean): ApplyResult => {
      const backupKey = persistence.backupProgress(reason, now);
      if (backupKey === null && !force) return { ok: false, reason: 'backup-failed' };
      get().applyProgressChanges(changes);
      get().syncCards(changes.keys(), now);
      // A reload right after a reset or an import must find it done.
      persistence.flush();
      return { ok: true, backupKey };
    };

    return {
      listBackups: () => persistence.listBackups(),
      readBackup: (key) => persistence.readBackup(key),
      deleteBackup: (key) => persistence.deleteBackup(key),
      damagedValue: (what) => persistence.rawValue(what),
      replaceProgress(next, reason, now, force = false) {
        const { progress } = get();
        const changes = new Map<string, CardProgress | undefined>();
        for (const id of progress.keys()) if (!next.has(id)) changes.set(id, undefined);
        for (const [id, p] of next) if (progress.get(id) !== p) changes.set(id, p);
        return apply(changes, reason, now, force);
      },
      removeProgress(changes, now) {
        return apply(changes, 'delete', now, false);
      },
      mergeProgressIn(changes, now, force = false) {
        return apply(changes, 'import', now, force);
      },
    };
  };
}
