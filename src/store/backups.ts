/**
 * Backups of progress kept in the browser, under keys that say when and why:
 *
 *   flashcards.progress.backup.<ms>          a stored value that could not be read in full, as it was
 *   flashcards.progress.backup.<ms>.<why>    progress as it was before a reset, an import, a restore,
 *                                            or a schema upgrade (why = reset | import | restore | upgrade)
 *
 * Damaged values stay until the learner deletes them (they may hold reviews nothing else has); of the
 * others the newest KEEP_BACKUPS are kept, so backups cannot fill the quota by themselves. Works on the
 * storage persistence.ts hands it; nothing here reaches for localStorage itself.
 */
import type { KeyValueStorage } from './persistence.ts';

export const BACKUP_KEY_PREFIX = 'flashcards.progress.backup.';
export const SETTINGS_BACKUP_KEY_PREFIX = 'flashcards.settings.backup.';
/** Backups made before a reset, import, restore or upgrade that are kept. */
export const KEEP_BACKUPS = 3;

export type BackupReason = 'reset' | 'import' | 'restore' | 'upgrade';
const REASONS: readonly string[] = ['reset', 'import', 'restore', 'upgrade'] satisfies BackupReason[];

/** One stored backup. */
export interface BackupInfo {
  key: string;
  /** When it was made (epoch ms). */
  at: number;
  /** Why: 'damaged' for a value that could not be read. */
  reason: BackupReason | 'damaged';
  /** Its length in characters. */
  chars: number;
}

/** The key for a backup made at `now`; without a reason, of a damaged value. */
export function backupKeyFor(now: number, reason?: BackupReason): string {
  return reason ? `${BACKUP_KEY_PREFIX}${now}.${reason}` : `${BACKUP_KEY_PREFIX}${now}`;
}

const KEY = /^flashcards\.progress\.backup\.(\d{1,16})(?:\.([a-z]+))?$/;

function parseKey(key: string): Pick<BackupInfo, 'at' | 'reason'> | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const reason = m[2];
  if (reason !== undefined && !REASONS.includes(reason)) return null;
  return { at: Number(m[1]), reason: (reason as BackupReason | undefined) ?? 'damaged' };
}

function keysOf(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Every progress backup in `storage`, newest first. Throws what the storage throws. */
export function listBackups(storage: KeyValueStorage): BackupInfo[] {
  const out: BackupInfo[] = [];
  for (const key of keysOf(storage)) {
    const parsed = parseKey(key);
    const value = parsed ? storage.getItem(key) : null;
    if (parsed && value !== null) out.push({ key, ...parsed, chars: value.length });
  }
  return out.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
}

/** Remove all but the newest `keep` backups that are not of damaged values. Throws what the storage throws. */
export function pruneBackups(storage: KeyValueStorage, keep: number): void {
  const old = listBackups(storage).filter((b) => b.reason !== 'damaged').slice(keep);
  for (const b of old) storage.removeItem(b.key);
}

/** Whether `key` names a progress backup (so the UI may read or delete it). */
export function isBackupKey(key: string): boolean {
  return parseKey(key) !== null;
}
