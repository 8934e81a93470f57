/**
 * The one way every stored value (progress, settings, quiz, flags: src/store/stored-values.ts) is
 * loaded, repaired and backed up, and the rule every write of one follows:
 *
 *   read the raw text → decode it (core) →
 *     intact:    use it
 *     migrated:  back the old text up (an `upgrade` backup), write it back in the current schema
 *     damaged:   copy the raw text to a backup key (once: src/store/backups.ts), show the `damaged`
 *                notice, keep the raw text in memory for download, and write the repaired value
 *                back, so the next load does not find the damage again;
 *                if the backup failed: leave the key alone, and never write over it this session
 *     newer:     a newer version of the app stored it: leave it exactly as it is (no copy either),
 *                never write over it this session, and say so
 *
 * "Never write over it this session" is the `blocked` set: writeValue (and progress saves,
 * saved-progress.ts) check it before every write.
 */
import type { Backups } from './backups.ts';
import type { NoticeList, StoredTarget } from './notices.ts';
import type { SafeStorage } from './safe-storage.ts';
import type { Damage, StoredKind } from './stored-values.ts';

/** What loading, repairing and writing share: one per persistence instance. */
export interface RestoreContext {
  readonly io: SafeStorage;
  readonly backups: Backups;
  readonly notices: NoticeList;
  /** The raw text behind each `damaged` notice, kept in memory for download even if storage fails. */
  readonly raws: Map<StoredTarget, string>;
  /** Values this session must not write over: a newer version's, or damage that could not be backed up. */
  readonly blocked: Set<StoredTarget>;
}

/** A loaded value, and the text storage holds for it now (null if none). */
export interface Loaded<T> {
  value: T;
  stored: string | null;
}

/**
 * Load `kind` from storage, repairing and backing up as the module comment says. Nothing stored
 * gives the kind's empty value. Never throws.
 */
export function restoreValue<T>(ctx: RestoreContext, kind: StoredKind<T>, now: number): Loaded<T> {
  const raw = ctx.io.read(kind.key);
  if (raw === null) return { value: kind.empty(), stored: null };
  const restored = kind.read(raw);
  switch (restored.status) {
    case 'intact':
      return { value: restored.value, stored: raw };
    case 'newer':
      refuseNewer(ctx, kind.what, raw, restored.detail);
      return { value: restored.value, stored: raw };
    case 'migrated':
      // The old version's text stays until later backups push it out, in case a migration has a flaw.
      ctx.backups.snapshot(kind.what, raw, 'upgrade', now);
      return writeBack(ctx, kind, restored.value, raw);
    case 'damaged':
      return keepDamaged(ctx, kind.what, raw, restored.damage, now) ? writeBack(ctx, kind, restored.value, raw) : { value: restored.value, stored: raw };
  }
}

function writeBack<T>(ctx: RestoreContext, kind: StoredKind<T>, value: T, raw: string): Loaded<T> {
  const text = kind.encode(value);
  return { value, stored: ctx.io.write(kind.key, text) ? text : raw };
}

/**
 * A damaged stored value of `what`, as `raw`: back it up once and say what was lost. Returns whether
 * it was backed up, and so may be written over; if not, it is blocked for the session.
 */
export function keepDamaged(ctx: RestoreContext, what: StoredTarget, raw: string, damage: Damage, now: number): boolean {
  ctx.raws.set(what, raw);
  const backupKey = ctx.backups.keepDamaged(what, raw, now);
  if (backupKey === null) {
    ctx.blocked.add(what);
    ctx.notices.show({ kind: 'not-saved', reason: 'backup-failed', detail: `the damaged ${what} could not be backed up, so it is left untouched` });
  }
  ctx.notices.show({ kind: 'damaged', what, ...damage, backupKey });
  return backupKey !== null;
}

/** A value of `what` stored by a newer version of the app, as `raw`: leave it, and never write over it. */
export function refuseNewer(ctx: RestoreContext, what: StoredTarget, raw: string, detail: string): void {
  ctx.blocked.add(what);
  ctx.raws.set(what, raw);
  ctx.notices.show({ kind: 'damaged', what, cause: 'newer-version', backupKey: null, kept: 0, lost: null, repaired: 0, detail });
  // Progress is what a learner stands to lose: say that this tab's reviews are not being saved.
  if (what === 'progress') ctx.notices.show({ kind: 'not-saved', reason: 'newer-version', detail });
}

/** Write `value` of `kind` now, unless this session must not write over what is stored. */
export function writeValue<T>(ctx: RestoreContext, kind: StoredKind<T>, value: T): boolean {
  return !ctx.blocked.has(kind.what) && ctx.io.write(kind.key, kind.encode(value));
}
