/**
 * Backups kept in the browser, of every stored value (progress, settings, quiz, flags), under keys
 * that say what, when and why:
 *
 *   flashcards.<what>.backup.<ms>          a stored value that could not be read in full, exactly as it was
 *   flashcards.<what>.backup.<ms>.<why>    a value as it was before a reset, an import, a restore or a
 *                                          schema upgrade (why = reset | import | restore | upgrade);
 *                                          today only progress has these
 *
 * The policy, the same for every value:
 * - A damaged value is backed up once: if a backup of that value with the same text is already
 *   there, it is the backup (however often the damage is loaded, or by however many tabs). Such
 *   backups stay until the learner deletes them: they may hold reviews nothing else has.
 * - Of the backups made before a change, the newest KEEP_BACKUPS of each value are kept, so they
 *   cannot fill the quota by themselves; when a backup does not fit, those beyond the newest
 *   KEEP_BACKUPS - 1 make room, never a damaged one.
 * - Two backups never share a key: a second one in the same millisecond takes the next free one.
 *
 * Settings → «Резервные копии в браузере» lists them all (listBackups, newest first); only
 * progress backups can be restored there, the others downloaded or deleted.
 */
import type { StoredTarget } from './notices.ts';
import type { SafeStorage } from './safe-storage.ts';

/** The prefix of progress backups' keys (each value's is `flashcards.<what>.backup.`). */
export const BACKUP_KEY_PREFIX = 'flashcards.progress.backup.';
/** Backups made before a reset, import, restore or upgrade that are kept, of each value. */
export const KEEP_BACKUPS = 3;

export type BackupReason = 'reset' | 'import' | 'restore' | 'upgrade' | 'delete';
const REASONS: readonly string[] = ['reset', 'import', 'restore', 'upgrade', 'delete'] satisfies BackupReason[];
const TARGETS: readonly string[] = ['progress', 'settings', 'quiz', 'flags', 'interview'] satisfies StoredTarget[];

/** One stored backup. */
export interface BackupInfo {
  readonly key: string;
  /** What it is a backup of. */
  readonly of: StoredTarget;
  /** When it was made (epoch ms). */
  readonly at: number;
  /** Why: 'damaged' for a value that could not be read. */
  readonly reason: BackupReason | 'damaged';
  /** Its length in characters. */
  readonly chars: number;
}

/** The key for a backup of `of` made at `at`; without a reason, of a damaged value. */
export function backupKeyFor(of: StoredTarget, at: number, reason?: BackupReason): string {
  return `flashcards.${of}.backup.${at}${reason ? `.${reason}` : ''}`;
}

const KEY = /^flashcards\.([a-z]+)\.backup\.(\d{1,16})(?:\.([a-z]+))?$/;

function parseKey(key: string): Pick<BackupInfo, 'of' | 'at' | 'reason'> | null {
  const m = KEY.exec(key);
  if (!m || !TARGETS.includes(m[1] as string)) return null;
  const reason = m[3];
  if (reason !== undefined && !REASONS.includes(reason)) return null;
  return { of: m[1] as StoredTarget, at: Number(m[2]), reason: (reason as BackupReason | undefined) ?? 'damaged' };
}

/** Whether `key` names a backup (so the UI may read or delete it). */
export function isBackupKey(key: string): boolean {
  return parseKey(key) !== null;
}

export interface Backups {
  /** Every backup, newest first (empty if storage cannot be read). */
  list(): BackupInfo[];
  /** A backup's stored text, or null (also for a key that is not a backup's). */
  read(key: string): string | null;
  /** Delete a backup; returns whether it is gone. Refuses keys that are not a backup's. */
  delete(key: string): boolean;
  /** Keep `text`, a value of `of` as it was before a change; returns the key, or null if it did not fit. */
  snapshot(of: StoredTarget, text: string, reason: BackupReason, at: number): string | null;
  /** Keep `raw`, a damaged value of `of`, once (see the module comment); returns the key, or null. */
  keepDamaged(of: StoredTarget, raw: string, at: number): string | null;
}

/** The backups in `io`. Failing to write one is the caller's to report. */
export function createBackups(io: SafeStorage): Backups {
  const list = (): BackupInfo[] => {
    const out: BackupInfo[] = [];
    for (const key of io.keys()) {
      const parsed = parseKey(key);
      const value = parsed ? io.read(key) : null;
      if (parsed && value !== null) out.push({ key, ...parsed, chars: value.length });
    }
    return out.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
  };

  /** Remove all but the newest `keep` backups made before a change, of each value. */
  const prune = (keep: number): void => {
    const seen = new Map<StoredTarget, number>();
    for (const b of list()) {
      if (b.reason === 'damaged') continue;
      const n = (seen.get(b.of) ?? 0) + 1;
      seen.set(b.of, n);
      if (n > keep) io.remove(b.key);
    }
  };

  /** Write under the first free key from `at` on; if it does not fit, make room once and try again. */
  const write = (of: StoredTarget, text: string, at: number, reason?: BackupReason): string | null => {
    if (!io.available) return null;
    let key = backupKeyFor(of, at, reason);
    for (let next = at + 1; io.read(key) !== null; next += 1) key = backupKeyFor(of, next, reason);
    if (io.tryWrite(key, text) === null) return key;
    prune(KEEP_BACKUPS - 1);
    return io.tryWrite(key, text) === null ? key : null;
  };

  return {
    list,
    read: (key) => (isBackupKey(key) ? io.read(key) : null),
    delete: (key) => isBackupKey(key) && io.remove(key),
    snapshot(of, text, reason, at) {
      const key = write(of, text, at, reason);
      if (key !== null) prune(KEEP_BACKUPS);
      return key;
    },
    keepDamaged(of, raw, at) {
      const same = list().find((b) => b.of === of && b.reason === 'damaged' && b.chars === raw.length && io.read(b.key) === raw);
      return same ? same.key : write(of, raw, at);
    },
  };
}
