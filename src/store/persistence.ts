/**
 * Persistence: the store's one door to localStorage, put together from modules with one job each.
 *
 *   safe-storage.ts    every storage call wrapped: a failure is reported (the `not-saved` notice), never thrown
 *   stored-values.ts   what is stored: each value's key, schema version, decoder (in core) and encoder
 *   restore.ts         the one load path: repair, back up, report; and the rule every write follows
 *   backups.ts         backup keys, the list Settings shows, and the policy that prunes them
 *   saved-progress.ts  progress saves, merged with other tabs' (progress-sync.ts holds the agreed base)
 *   save-schedule.ts   when progress is written: debounced, idle, flushed when the page is hidden
 *   tab-sync.ts        when another tab wrote
 *   notices.ts         the notices about stored data the UI shows
 *
 * Stored keys, schema versions, faults and the backups policy: docs/storage.md.
 * Session state (queue, undo) is not persisted: a reload starts a fresh session.
 *
 * The boot reads settings first (loadSettings: the theme is needed before the first paint), then,
 * once the cards are in, progress (load, which gives the settings already read).
 */
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import type { CardProgress } from '../core/types.ts';
import { createBackups } from './backups.ts';
import type { BackupInfo, BackupReason } from './backups.ts';
import { createNoticeList } from './notices.ts';
import type { StorageNotice, StoredTarget } from './notices.ts';
import { restoreValue, writeValue } from './restore.ts';
import type { RestoreContext } from './restore.ts';
import { browserStorage, openStorage } from './safe-storage.ts';
import type { KeyValueStorage } from './safe-storage.ts';
import { createSaveSchedule } from './save-schedule.ts';
import { createSavedProgress } from './saved-progress.ts';
import type { ProgressSource } from './saved-progress.ts';
import { LEGACY_START_KEY, PROGRESS_KEY, SMALL_KINDS, settingsKind } from './stored-values.ts';
import type { SmallValueName, SmallValues, StoredKind } from './stored-values.ts';
import { watchOtherTabs, windowStorageEvents } from './tab-sync.ts';
import type { ExternalChanges } from './tab-sync.ts';

export { BACKUP_KEY_PREFIX } from './backups.ts';
export { PROGRESS_KEY, SETTINGS_KEY } from './stored-values.ts';
export type { BackupInfo, BackupReason, ExternalChanges, KeyValueStorage, ProgressSource, SmallValueName, SmallValues, StorageNotice, StoredTarget };

export interface LoadedState {
  progress: Map<string, CardProgress>;
  settings: Settings;
}

export interface Persistence {
  /**
   * Settings, read (and repaired: see StorageNotice) once; later calls, and load(), give the same.
   * Settings never stored (or unreadable) take their value from `defaults`.
   */
  loadSettings(now: number, defaults?: Readonly<Settings>): Settings;
  /** Read progress, repairing what can be repaired, and give it with the settings (loadSettings). */
  load(now: number, defaults?: Readonly<Settings>): LoadedState;
  /** Connect the store's progress: saves read it, other tabs' saves are merged into it. */
  attachProgress(source: ProgressSource): void;
  /** Save progress soon, off the key-press path. */
  saveProgress(): void;
  /** Save settings now (they are small). */
  saveSettings(settings: Settings): void;
  /** Write any pending save immediately (the page is being hidden or closed, or a reset was confirmed). */
  flush(): void;
  /** Keep the current progress under a backup key; returns the key, or null if storage refused it. */
  backupProgress(reason: BackupReason, now: number): string | null;
  /** Backups in storage, of every value, newest first (empty if storage cannot be read). */
  listBackups(): BackupInfo[];
  /** A backup's stored text, or null. */
  readBackup(key: string): string | null;
  /** Delete a backup; returns whether it is gone. */
  deleteBackup(key: string): boolean;
  /** The raw value behind a 'damaged' notice, kept in memory for download even if storage fails. */
  rawValue(what: StoredTarget): string | null;
  readonly notices: readonly StorageNotice[];
  /** Dismiss the notices of a kind (of damaged data, only those about `what` if given). */
  dismiss(kind: StorageNotice['kind'], what?: StoredTarget): void;
  /** Called with the new list whenever notices change. */
  subscribe(listener: (notices: readonly StorageNotice[]) => void): () => void;
  /** Flush and stop listening to page lifecycle and storage events. */
  dispose(): void;
  /** Read a small value (`flashcards.quiz`, `flashcards.flags`), repaired as load() repairs progress. */
  loadValue<N extends SmallValueName>(name: N, now: number): SmallValues[N];
  /** Write a small value now (a quiz step, a flag): it must survive a reload straight after. */
  saveValue<N extends SmallValueName>(name: N, value: SmallValues[N]): void;
}

export interface PersistenceOptions {
  /** Defaults to window.localStorage; null keeps everything in memory. */
  storage?: KeyValueStorage | null;
  /** Wait this long after a grade before writing, so a burst of grades makes one write. */
  debounceMs?: number;
  /** Other tabs' writes; defaults to the window's `storage` event. */
  externalChanges?: ExternalChanges;
  /** The clock, for naming backups made outside load(). */
  now?: () => number;
}

/** Create the persistence adapter. See the module comment for what does what. */
export function createPersistence(options: PersistenceOptions = {}): Persistence {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const notices = createNoticeList(storage ? [] : [{ kind: 'not-saved', reason: 'unavailable', detail: 'localStorage is not available' }]);
  const io = openStorage(storage, (failure) => notices.show({ kind: 'not-saved', ...failure }));
  const ctx: RestoreContext = { io, backups: createBackups(io), notices, raws: new Map(), blocked: new Set() };
  const schedule = createSaveSchedule({ debounceMs: options.debounceMs ?? 300, save: () => progress.write() });
  const progress = createSavedProgress(ctx, { clock: options.now ?? Date.now, requestSave: () => schedule.request() });
  const stopWatching = io.available ? watchOtherTabs(options.externalChanges ?? windowStorageEvents, PROGRESS_KEY, () => progress.readOtherTabs()) : () => undefined;
  let settings: Settings | null = null;

  const loadSettings = (now: number, defaults: Readonly<Settings> = DEFAULT_SETTINGS): Settings =>
    (settings ??= restoreValue(ctx, settingsKind(defaults), now).value);

  return {
    loadSettings,
    load(now, defaults) {
      // An earlier version's cache for an early first paint: nothing reads it any more.
      io.remove(LEGACY_START_KEY);
      return { progress: progress.load(now), settings: loadSettings(now, defaults) };
    },
    attachProgress: (source) => progress.attach(source),
    saveProgress: () => schedule.request(),
    saveSettings(next) {
      writeValue(ctx, settingsKind(DEFAULT_SETTINGS), next);
    },
    flush: () => schedule.flush(),
    backupProgress: (reason, now) => progress.backup(reason, now),
    listBackups: () => ctx.backups.list(),
    readBackup: (key) => ctx.backups.read(key),
    deleteBackup: (key) => ctx.backups.delete(key),
    rawValue: (what) => ctx.raws.get(what) ?? null,
    get notices() {
      return notices.current;
    },
    dismiss: (kind, what) => notices.clear(kind, what),
    subscribe: (listener) => notices.subscribe(listener),
    loadValue<N extends SmallValueName>(name: N, now: number): SmallValues[N] {
      const kind: StoredKind<SmallValues[N]> = SMALL_KINDS[name];
      return restoreValue(ctx, kind, now).value;
    },
    saveValue<N extends SmallValueName>(name: N, value: SmallValues[N]): void {
      const kind: StoredKind<SmallValues[N]> = SMALL_KINDS[name];
      writeValue(ctx, kind, value);
    },
    dispose() {
      schedule.dispose();
      stopWatching();
      notices.dispose();
    },
  };
}
