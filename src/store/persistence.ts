/**
 * The only code that touches localStorage. Every call is wrapped: a browser that refuses storage
 * (private mode, quota, a sandbox) must never stop a study session, only show a notice.
 *
 * What is persisted, and where:
 *   flashcards.progress              progress of every card, dormant ones too (src/core/progress.ts, "v" inside)
 *   flashcards.start                 what a study session starts with, taken by each save of progress:
 *                                    a cache for the first paint (src/core/start-snapshot.ts), never read
 *                                    as progress, and dropped before progress is written
 *   flashcards.settings              {"v":1, newPerDay, desiredRetention, dayStartHour, language}
 *   flashcards.progress.backup.*     backups of progress: damaged values, states before a reset or an
 *                                    import (src/store/backups.ts)
 *   flashcards.settings.backup.<ms>  settings that could not be read in full, kept as they were
 *   flashcards.quiz                  each deck's quiz and the quiz misses (src/core/quiz-codec.ts, "v" inside)
 *   flashcards.flags                 flags and stars on cards (src/core/marks.ts, "v" inside)
 *   flashcards.{quiz,flags}.backup.<ms>  the same for those two: a value that could not be read in full
 * Session state (queue, undo) is not persisted: a reload starts a fresh session.
 *
 * Never lose data: a damaged value is copied to a backup key before anything is written over it,
 * and if that copy fails, progress is not written at all (studying goes on in memory). A value from
 * a newer version of the app is never written over.
 *
 * Two tabs: every save first reads what is stored; if another tab saved since, its reviews are
 * merged in (src/store/progress-sync.ts), so a stale tab never overwrites newer reviews. The
 * `storage` event brings another tab's saves in as they happen, so its reviews leave this tab's queue.
 */
import { decodeProgress, decodeProgressValue, encodeProgress, peekProgress, prepareEncoding } from '../core/progress.ts';
import type { QueueProgress, QueueRecord } from '../core/queue.ts';
import type { DecodeResult } from '../core/progress.ts';
import type { CardProgress } from '../core/types.ts';
import { BACKUP_KEY_PREFIX, KEEP_BACKUPS, SETTINGS_BACKUP_KEY_PREFIX, backupKeyFor, isBackupKey, listBackups, pruneBackups } from './backups.ts';
import type { BackupInfo, BackupReason } from './backups.ts';
import { createNoticeList } from './notices.ts';
import type { StorageNotice, StoredTarget } from './notices.ts';
import { createProgressSync } from './progress-sync.ts';
import { DEFAULT_SETTINGS, restoreSettings } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';

export { BACKUP_KEY_PREFIX };
export type { BackupInfo, BackupReason, StorageNotice };
export const PROGRESS_KEY = 'flashcards.progress';
export const SETTINGS_KEY = 'flashcards.settings';
export const START_KEY = 'flashcards.start';
export const SETTINGS_SCHEMA_VERSION = 1;
/** The encoding cache is filled this long after a load (ms), once the start-up is over. */
const WARM_AFTER_MS = 1500;
/** and at most this long at a time (ms), so a key press never waits long behind it. */
const WARM_SLICE_MS = 4;

/** The part of the Web Storage API we use; tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** The small versioned values kept beside progress and settings (loadValue / saveValue). */
export type StoredValueName = 'quiz' | 'flags';

/** What a reader of a small stored value gives back: what could be read, and what could not. */
export interface RestoredValue<T> {
  value: T;
  /** Empty when the value was intact; otherwise the raw value is kept under a backup key. */
  problems: readonly string[];
}

export interface LoadedState {
  progress: Map<string, CardProgress>;
  settings: Settings;
}

/** The store's progress, as persistence sees it. */
export interface ProgressSource {
  /** This tab's progress now. */
  current(): ReadonlyMap<string, CardProgress>;
  /** Apply what another tab saved: the changes to make (undefined removes a card's progress). */
  applyExternal(changes: ReadonlyMap<string, CardProgress | undefined>): void;
  /**
   * The start snapshot (src/core/start-snapshot.ts) of `progress`, saved as `progressChars`
   * characters at `now`; null when there is none to take.
   */
  startSnapshot?(progress: ReadonlyMap<string, CardProgress>, progressChars: number, now: number): string | null;
}

/** The stored start snapshot, and the length of the progress text stored now (-1 if none). */
export interface StoredStart {
  snapshot: string | null;
  progressChars: number;
}

export interface Persistence {
  /**
   * Read progress and settings, repairing what can be repaired (see StorageNotice). Settings
   * never stored (or unreadable) take their value from `defaults`.
   */
  load(now: number, defaults?: Readonly<Settings>): LoadedState;
  /**
   * A first look, for painting the first card before load() (src/main.tsx): settings read as load()
   * reads them, progress only parsed, not checked. The next load() takes both from here.
   */
  peek(now: number, defaults?: Readonly<Settings>): PeekedState;
  /** Settings as load() reads them, read once: the theme is needed before anything is painted. */
  peekSettings(now: number, defaults?: Readonly<Settings>): Settings;
  /** The start snapshot and what to check it against, for painting the first card before load(). */
  peekStart(): StoredStart;
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
  /** Progress backups in storage, newest first (empty if storage cannot be read). */
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
  /**
   * Read a small versioned value (`flashcards.<name>`): `restore` validates the parsed JSON (valibot, in
   * core). Nothing stored gives `empty`. A value read only in part is copied to a backup key first and
   * a notice says so; if that copy fails, the key is never written over in this session.
   */
  loadValue<T>(name: StoredValueName, restore: (json: unknown) => RestoredValue<T>, empty: T, now: number): T;
  /** Write a small value now (a quiz step, a flag): it must survive a reload straight after. */
  saveValue(name: StoredValueName, text: string): void;
}

/** What peek() gives. */
export interface PeekedState {
  settings: Settings;
  /**
   * Stored progress as the queue reads it, parsed but not decoded (src/core/progress.ts,
   * peekProgress); null when it cannot be read at a glance (not JSON, another version).
   */
  progress: QueueProgress | null;
}

/** Tells when another tab changed a key; returns an unsubscribe function. */
export type ExternalChanges = (listener: (key: string | null) => void) => () => void;

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

function defaultStorage(): KeyValueStorage | null {
  try {
    // Merely reading the property throws in some sandboxed frames.
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const windowStorageEvents: ExternalChanges = (listener) => {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (e: StorageEvent): void => listener(e.key);
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
};

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  // Names and codes differ between browsers (Firefox: NS_ERROR_DOM_QUOTA_REACHED, code 1014).
  return err?.name === 'QuotaExceededError' || err?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err?.code === 22 || err?.code === 1014;
}

const isClean = (d: DecodeResult): boolean => d.ok && d.value.dropped.length === 0 && d.value.repaired.length === 0;

/** Create the persistence adapter. See the module comment for what it stores. */
export function createPersistence(options: PersistenceOptions = {}): Persistence {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const debounceMs = options.debounceMs ?? 300;
  const clock = options.now ?? Date.now;
  const notices = createNoticeList(storage ? [] : [{ kind: 'not-saved', reason: 'unavailable', detail: 'localStorage is not available' }]);
  const raws = new Map<StoredTarget, string>();
  const sync = createProgressSync();
  let source: ProgressSource | null = null;
  let progressWritable = storage !== null;
  let pending = false;
  /** Write even without local changes: what is stored was damaged and has been backed up. */
  let overwrite = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  /** What the peeks read, for the next load(): settings, and the stored progress (undefined: not read yet). */
  let peeked: { settings: Settings; raw?: string | null; json?: { value: unknown } } | null = null;

  const setNotice = (kind: StorageNotice['kind'], notice: StorageNotice | null): void => {
    if (notice) notices.show(notice);
    else notices.clear(kind);
  };

  const read = (key: string): string | null => {
    try {
      return storage ? storage.getItem(key) : null;
    } catch (e) {
      setNotice('not-saved', { kind: 'not-saved', reason: 'unavailable', detail: describe(e) });
      return null;
    }
  };

  /** Write; on failure show why and report false. */
  const write = (key: string, value: string): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(key, value);
      return true;
    } catch (e) {
      setNotice('not-saved', { kind: 'not-saved', reason: isQuotaError(e) ? 'quota' : 'unavailable', detail: describe(e) });
      return false;
    }
  };

  /** Remove a key, quietly: for caches, whose absence costs only speed. */
  const forget = (key: string): void => {
    try {
      storage?.removeItem(key);
    } catch {
      // Storage that cannot remove cannot write either; the next read finds what it finds.
    }
  };

  /**
   * Write a backup; failing is the caller's to report, and old backups (and the start snapshot)
   * make room if need be.
   */
  const writeBackup = (key: string, value: string): boolean => {
    if (!storage) return false;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        storage.setItem(key, value);
        pruneBackups(storage, KEEP_BACKUPS);
        return true;
      } catch {
        try {
          if (attempt === 0) {
            forget(START_KEY);
            pruneBackups(storage, KEEP_BACKUPS - 1);
          }
        } catch {
          return false;
        }
      }
    }
    return false;
  };

  /** A stored value from a newer app: leave it as it is and stop saving progress. */
  const refuseNewer = (raw: string, message: string): void => {
    progressWritable = false;
    raws.set('progress', raw);
    setNotice('damaged', { kind: 'damaged', what: 'progress', cause: 'newer-version', backupKey: null, kept: 0, lost: null, repaired: 0, detail: message });
    setNotice('not-saved', { kind: 'not-saved', reason: 'newer-version', detail: message });
  };

  /**
   * A stored value that could not be read in full: keep it under a backup key, then (if that
   * worked) let what was recovered be written over it. Returns whether progress may be written.
   */
  const keepDamaged = (raw: string, decoded: DecodeResult, recovered: ReadonlyMap<string, CardProgress>, now: number): boolean => {
    raws.set('progress', raw);
    const backupKey = backupKeyFor(now);
    const backedUp = writeBackup(backupKey, raw);
    if (!backedUp) {
      progressWritable = false;
      setNotice('not-saved', { kind: 'not-saved', reason: 'backup-failed', detail: 'the damaged progress could not be backed up, so it is left untouched' });
    }
    setNotice('damaged', {
      kind: 'damaged',
      what: 'progress',
      cause: decoded.ok ? 'entries' : 'unreadable',
      backupKey: backedUp ? backupKey : null,
      kept: recovered.size,
      lost: decoded.ok ? decoded.value.dropped.length : null,
      repaired: decoded.ok ? decoded.value.repaired.length : 0,
      detail: decoded.ok ? [...decoded.value.dropped, ...decoded.value.repaired].map((p) => `${p.id}: ${p.reason}`).join('; ') : decoded.error.message,
    });
    return backedUp;
  };

  /**
   * Write the progress text, then its start snapshot. The old snapshot goes first: it must never
   * take room the progress needs, nor outlive the progress it was taken with. The snapshot is only
   * a cache, so failing to write it is not worth a notice.
   */
  const writeProgressText = (text: string, progress: ReadonlyMap<string, CardProgress>, now: number): boolean => {
    forget(START_KEY);
    if (!write(PROGRESS_KEY, text)) return false;
    try {
      const snapshot = source?.startSnapshot?.(progress, text.length, now) ?? null;
      if (snapshot !== null) storage?.setItem(START_KEY, snapshot);
    } catch {
      forget(START_KEY);
    }
    return true;
  };

  const loadProgress = (now: number, first: typeof peeked): Map<string, CardProgress> => {
    const raw = first?.raw !== undefined ? first.raw : read(PROGRESS_KEY);
    if (raw === null) return new Map();
    const decoded = first?.json ? decodeProgressValue(first.json.value) : decodeProgress(raw);
    if (!decoded.ok && decoded.error.kind === 'unsupported-version') {
      refuseNewer(raw, decoded.error.message);
      sync.agree(raw, new Map());
      return new Map();
    }
    const progress = decoded.ok ? decoded.value.progress : new Map<string, CardProgress>();
    if (isClean(decoded)) {
      sync.agree(raw, progress);
      if (decoded.ok && decoded.value.migratedFrom !== null) {
        // Keep the old version's value until a few more backups push it out, in case a migration has a flaw.
        writeBackup(backupKeyFor(now, 'upgrade'), raw);
        const text = encodeProgress(progress);
        if (writeProgressText(text, progress, now)) sync.agree(text, progress);
      }
      return progress;
    }
    sync.agree(raw, progress);
    if (keepDamaged(raw, decoded, progress, now)) {
      const text = encodeProgress(progress);
      if (writeProgressText(text, progress, now)) sync.agree(text, progress);
    }
    return progress;
  };

  /** Another tab saved `raw`: merge it into this tab's progress. */
  const adopt = (raw: string): void => {
    if (!source) return;
    const decoded = decodeProgress(raw);
    if (!decoded.ok && decoded.error.kind === 'unsupported-version') {
      refuseNewer(raw, decoded.error.message);
      return;
    }
    if (!decoded.ok || !isClean(decoded)) {
      // Damage from elsewhere: keep a copy, then write this tab's progress over it. A card that
      // could not be read is not taken as removed there.
      if (keepDamaged(raw, decoded, decoded.ok ? decoded.value.progress : new Map(), clock())) {
        sync.agree(raw, new Map());
        overwrite = true;
        scheduleSave();
      }
      return;
    }
    const changes = sync.mergeTheirs(raw, decoded.value.progress, source.current());
    if (changes.size > 0) source.applyExternal(changes);
  };

  const writeProgress = (): void => {
    pending = false;
    if (!source || !progressWritable) return;
    const stored = read(PROGRESS_KEY);
    // Another tab saved since: take its reviews in first. A value removed from storage is written back.
    if (stored !== null && stored !== sync.text) adopt(stored);
    if (!progressWritable) return;
    const progress = source.current();
    if (stored !== null && !overwrite && !sync.hasLocalChanges(progress)) return;
    let text: string;
    try {
      text = encodeProgress(progress);
    } catch (e) {
      setNotice('not-saved', { kind: 'not-saved', reason: 'unavailable', detail: describe(e) });
      return;
    }
    if (writeProgressText(text, progress, clock())) {
      overwrite = false;
      sync.agree(text, progress);
      setNotice('not-saved', null);
    }
  };

  function scheduleSave(): void {
    pending = true;
    if (timer !== null || idle !== null) return;
    timer = setTimeout(() => {
      timer = null;
      // Encoding 10,000 cards takes milliseconds: do it when the browser is idle, not mid-animation.
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(() => {
          idle = null;
          writeProgress();
        }, { timeout: 2000 });
      } else writeProgress();
    }, debounceMs);
  }

  /**
   * After a load, fill the encoding cache in idle time, a few hundred cards a slice, so that the
   * first save after a grade is as cheap as the later ones (src/core/progress.ts, prepareEncoding).
   * Not before the start-up is over (an idle main thread while the cards download is not idle
   * time to spend: the first card would wait for the slice), and in slices of at most WARM_SLICE_MS,
   * so that a key press never waits long behind one (an idle deadline can be 50 ms).
   */
  let warming: number | null = null;
  let warmingTimer: ReturnType<typeof setTimeout> | null = null;
  const warmEncoding = (progress: ReadonlyMap<string, CardProgress>): void => {
    if (typeof requestIdleCallback !== 'function' || progress.size === 0) return;
    const entries = progress.entries();
    const slice = (deadline: IdleDeadline): void => {
      warming = null;
      const end = performance.now() + WARM_SLICE_MS;
      while (deadline.timeRemaining() > 1 && performance.now() < end) if (!prepareEncoding(entries, 100)) return;
      warming = requestIdleCallback(slice);
    };
    warmingTimer = setTimeout(() => {
      warmingTimer = null;
      warming = requestIdleCallback(slice);
    }, WARM_AFTER_MS);
  };

  const cancelScheduled = (): void => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    timer = null;
    idle = null;
  };

  const loadSettings = (now: number, defaults: Readonly<Settings> = DEFAULT_SETTINGS): Settings => {
    const raw = read(SETTINGS_KEY);
    if (raw === null) return restoreSettings({}, defaults).settings;
    let json: unknown = null;
    try {
      json = JSON.parse(raw);
    } catch {
      // Falls through to the defaults below, with a notice.
    }
    const { settings, invalid } = restoreSettings(json, defaults);
    const unreadable = typeof json !== 'object' || json === null;
    if (unreadable || invalid.length > 0) {
      raws.set('settings', raw);
      const backupKey = `${SETTINGS_BACKUP_KEY_PREFIX}${now}`;
      const backedUp = writeBackup(backupKey, raw);
      // Written back repaired, or every reload would make another backup of the same damage.
      if (backedUp) write(SETTINGS_KEY, JSON.stringify({ v: SETTINGS_SCHEMA_VERSION, ...settings }));
      const detail = unreadable ? 'settings were unreadable; defaults are used' : `reset to default: ${invalid.join(', ')}`;
      setNotice('damaged', {
        kind: 'damaged',
        what: 'settings',
        cause: unreadable ? 'unreadable' : 'entries',
        backupKey: backedUp ? backupKey : null,
        kept: Object.keys(DEFAULT_SETTINGS).length - invalid.length,
        lost: unreadable ? null : invalid.length,
        repaired: 0,
        detail,
      });
    }
    return settings;
  };

  const onPageHide = (): void => flush();
  const onVisibility = (): void => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  };
  function flush(): void {
    cancelScheduled();
    if (pending) writeProgress();
  }
  // The last grades before a tab is closed or hidden must not wait for an idle moment.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  // Another tab saved: read it in when the browser is idle (decoding 10,000 cards takes ~100 ms), once
  // for a burst of saves. A save of this tab merges first anyway, so nothing waits on this for safety.
  let externalPending = false;
  const syncExternal = (): void => {
    externalPending = false;
    if (!progressWritable) return;
    const raw = read(PROGRESS_KEY);
    if (raw !== null && raw !== sync.text) adopt(raw);
  };
  const stopExternal = storage
    ? (options.externalChanges ?? windowStorageEvents)((key) => {
        if (key !== PROGRESS_KEY || externalPending) return;
        externalPending = true;
        if (typeof requestIdleCallback === 'function') requestIdleCallback(syncExternal, { timeout: 500 });
        else setTimeout(syncExternal, 0);
      })
    : () => undefined;

  const blockedValues = new Set<StoredValueName>();
  const valueKey = (name: StoredValueName): string => `flashcards.${name}`;

  function loadValue<T>(name: StoredValueName, restore: (json: unknown) => RestoredValue<T>, empty: T, now: number): T {
    const key = valueKey(name);
    const raw = read(key);
    if (raw === null) return empty;
    let restored: RestoredValue<T>;
    try {
      restored = restore(JSON.parse(raw));
    } catch (e) {
      restored = { value: empty, problems: [describe(e)] };
    }
    if (restored.problems.length === 0) return restored.value;
    raws.set(name, raw);
    const backupKey = `${key}.backup.${now}`;
    const backedUp = write(backupKey, raw);
    if (!backedUp) {
      blockedValues.add(name);
      setNotice('not-saved', { kind: 'not-saved', reason: 'backup-failed', detail: `the damaged ${key} could not be backed up, so it is left untouched` });
    }
    setNotice('damaged', {
      kind: 'damaged',
      what: name,
      cause: 'entries',
      backupKey: backedUp ? backupKey : null,
      kept: 0,
      lost: null,
      repaired: 0,
      detail: `${key}: ${restored.problems.join('; ')}`,
    });
    return restored.value;
  }

  return {
    load(now, defaults) {
      const first = peeked;
      peeked = null;
      const progress = loadProgress(now, first);
      warmEncoding(progress);
      return { progress, settings: first ? first.settings : loadSettings(now, defaults) };
    },
    peek(now, defaults) {
      const raw = peeked?.raw !== undefined ? peeked.raw : read(PROGRESS_KEY);
      let json: { value: unknown } | undefined;
      try {
        if (raw !== null) json = { value: JSON.parse(raw) as unknown };
      } catch {
        // Not JSON: load() says so, with the rest of what it finds.
      }
      peeked = { settings: peeked?.settings ?? loadSettings(now, defaults), raw, ...(json ? { json } : {}) };
      const progress = raw === null ? new Map<string, QueueRecord>() : json ? peekProgress(json.value) : null;
      return { settings: peeked.settings, progress };
    },
    peekSettings(now, defaults) {
      peeked ??= { settings: loadSettings(now, defaults) };
      return peeked.settings;
    },
    peekStart() {
      const snapshot = read(START_KEY);
      // Read here only to check the snapshot against (the browser hands over the stored string; it is
      // not parsed), and kept for load().
      const raw = peeked?.raw !== undefined ? peeked.raw : read(PROGRESS_KEY);
      if (peeked) peeked.raw = raw;
      return { snapshot, progressChars: raw === null ? -1 : raw.length };
    },
    attachProgress(s) {
      source = s;
    },
    loadValue,
    saveValue(name, text) {
      if (!blockedValues.has(name)) write(valueKey(name), text);
    },
    saveProgress: scheduleSave,
    saveSettings(settings) {
      write(SETTINGS_KEY, JSON.stringify({ v: SETTINGS_SCHEMA_VERSION, ...settings }));
    },
    flush,
    backupProgress(reason, now) {
      if (!source) return null;
      const key = backupKeyFor(now, reason);
      return writeBackup(key, encodeProgress(source.current())) ? key : null;
    },
    listBackups() {
      try {
        return storage ? listBackups(storage) : [];
      } catch {
        return [];
      }
    },
    readBackup(key) {
      return isBackupKey(key) ? read(key) : null;
    },
    deleteBackup(key) {
      if (!storage || !isBackupKey(key)) return false;
      try {
        storage.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
    rawValue: (what) => raws.get(what) ?? null,
    get notices() {
      return notices.current;
    },
    dismiss: (kind, what) => notices.clear(kind, what),
    subscribe: (listener) => notices.subscribe(listener),
    dispose() {
      if (warmingTimer !== null) clearTimeout(warmingTimer);
      if (warming !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(warming);
      flush();
      stopExternal();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
      notices.dispose();
    },
  };
}
