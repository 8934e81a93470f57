/**
 * Progress in storage as this tab writes it, with other tabs writing it too. Every save first reads
 * what is stored; if another tab saved since, its reviews are merged in (three ways, against the
 * value both last agreed on: src/store/progress-sync.ts), so a stale tab never overwrites newer
 * reviews. Another tab's save heard of in between (tab-sync.ts) is merged the same way, so its
 * reviews leave this tab's queue.
 *
 * A value another tab stored damaged is backed up, then this tab's progress is written over it; a
 * newer version's is never written over (restore.ts: keepDamaged, refuseNewer).
 */
import { encodeProgress } from '../core/progress.ts';
import type { CardProgress } from '../core/types.ts';
import type { BackupReason } from './backups.ts';
import { createProgressSync } from './progress-sync.ts';
import { keepDamaged, refuseNewer, restoreValue } from './restore.ts';
import type { RestoreContext } from './restore.ts';
import { PROGRESS_KEY, progressKind } from './stored-values.ts';

/** The store's progress, as persistence sees it. */
export interface ProgressSource {
  /** This tab's progress now. */
  current(): ReadonlyMap<string, CardProgress>;
  /** Apply what another tab saved: the changes to make (undefined removes a card's progress). */
  applyExternal(changes: ReadonlyMap<string, CardProgress | undefined>): void;
}

export interface SavedProgress {
  /** Read stored progress (restore.ts), and take it as what this tab agrees with storage on. */
  load(now: number): Map<string, CardProgress>;
  /** Connect the store's progress: saves read it, other tabs' saves are merged into it. */
  attach(source: ProgressSource): void;
  /** Write this tab's progress now, merging in first what another tab saved since. */
  write(): void;
  /** Another tab saved: merge what is stored into this tab's progress. */
  readOtherTabs(): void;
  /** Keep this tab's progress under a backup key; returns the key, or null if storage refused it. */
  backup(reason: BackupReason, now: number): string | null;
}

/** Progress over `ctx`; `requestSave` asks for a write soon, `clock` names backups made outside load. */
export function createSavedProgress(ctx: RestoreContext, { clock, requestSave }: { clock: () => number; requestSave: () => void }): SavedProgress {
  const sync = createProgressSync();
  let source: ProgressSource | null = null;
  /** Write even without local changes: what is stored was damaged and has been backed up. */
  let overwrite = false;
  const blocked = (): boolean => ctx.blocked.has('progress');

  /** Another tab stored `raw`: merge it into this tab's progress. */
  const adopt = (raw: string): void => {
    if (!source) return;
    const restored = progressKind.read(raw);
    if (restored.status === 'newer') return refuseNewer(ctx, 'progress', raw, restored.detail);
    if (restored.status === 'damaged') {
      // Keep a copy, then write this tab's progress over it. A card that could not be read is not
      // taken as removed there: the new common base is empty.
      if (keepDamaged(ctx, 'progress', raw, restored.damage, clock())) {
        sync.agree(raw, new Map());
        overwrite = true;
        requestSave();
      }
      return;
    }
    const changes = sync.mergeTheirs(raw, restored.value, source.current());
    if (changes.size > 0) source.applyExternal(changes);
  };

  return {
    load(now) {
      const { value, stored } = restoreValue(ctx, progressKind, now);
      // A newer version's value: agreed on as "nothing of ours", and never written over.
      sync.agree(stored, value);
      return value;
    },
    attach(s) {
      source = s;
    },
    write() {
      if (!source || blocked()) return;
      const stored = ctx.io.read(PROGRESS_KEY);
      // Another tab saved since: take its reviews in first. A value removed from storage is written back.
      if (stored !== null && stored !== sync.text) adopt(stored);
      if (blocked()) return;
      const progress = source.current();
      if (stored !== null && !overwrite && !sync.hasLocalChanges(progress)) return;
      let text: string;
      try {
        text = encodeProgress(progress);
      } catch (e) {
        ctx.notices.show({ kind: 'not-saved', reason: 'unavailable', detail: e instanceof Error ? e.message : String(e) });
        return;
      }
      if (ctx.io.write(PROGRESS_KEY, text)) {
        overwrite = false;
        sync.agree(text, progress);
        ctx.notices.clearSaveFailure();
      }
    },
    readOtherTabs() {
      if (blocked()) return;
      const raw = ctx.io.read(PROGRESS_KEY);
      if (raw !== null && raw !== sync.text) adopt(raw);
    },
    backup(reason, now) {
      return source ? ctx.backups.snapshot('progress', encodeProgress(source.current()), reason, now) : null;
    },
  };
}
