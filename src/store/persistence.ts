/**
 * The only code that touches localStorage. Every call is wrapped: a browser that refuses storage
 * (private mode, quota, a sandbox) must never stop a study session, only show a notice.
 *
 * What is persisted, and where:
 *   flashcards.progress              progress of every card, dormant ones too (src/core/progress.ts, "v" inside)
 *   flashcards.settings              {"v":1, newPerDay, desiredRetention, dayStartHour, language}
 *   flashcards.progress.backup.<ms>  a stored value that could not be read in full, kept as it was
 *   flashcards.quiz                  each deck's quiz and the quiz misses (src/core/quiz-codec.ts, "v" inside)
 *   flashcards.flags                 flags and stars on cards (src/core/marks.ts, "v" inside)
 *   <key>.backup.<ms>                the same for those two: a value that could not be read in full
 * Session state (queue, undo) is not persisted: a reload starts a fresh session.
 *
 * Never lose data: a damaged value is copied to a backup key before anything is written over it,
 * and if that copy fails, progress is not written at all (studying goes on in memory).
 */
import { decodeProgress, encodeProgress } from '../core/progress.ts';
import type { CardProgress } from '../core/types.ts';
import { DEFAULT_SETTINGS, restoreSettings } from './settings-slice.ts';
import type { Settings } from './settings-slice.ts';

export const PROGRESS_KEY = 'flashcards.progress';
export const SETTINGS_KEY = 'flashcards.settings';
export const BACKUP_KEY_PREFIX = 'flashcards.progress.backup.';
export const SETTINGS_SCHEMA_VERSION = 1;

/** A problem with stored data, for an alert in the UI. */
export type StorageNotice =
  | {
      kind: 'damaged';
      what: 'progress' | 'settings' | StoredValueName;
      /** Where the unreadable value was kept, or null if it could not be (or was not worth it). */
      backupKey: string | null;
      /** Cards (or settings fields) recovered, and lost; `lost` is null when unknown (unreadable as a whole). */
      kept: number;
      lost: number | null;
      /** Cards whose schedule was kept but whose log was cut short. */
      repaired: number;
      detail: string;
    }
  | {
      kind: 'not-saved';
      /** quota: storage full; unavailable: no storage at all; backup-failed: saving would overwrite unreadable data. */
      reason: 'quota' | 'unavailable' | 'backup-failed';
      detail: string;
    };

/** The part of the Web Storage API we use; tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
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

export interface Persistence {
  /**
   * Read progress and settings, repairing what can be repaired (see StorageNotice). Settings
   * never stored (or unreadable) take their value from `defaults`.
   */
  load(now: number, defaults?: Readonly<Settings>): LoadedState;
  /** Save progress soon, off the key-press path; `encode` is called when the write happens. */
  saveProgress(encode: () => string): void;
  /** Save settings now (they are small). */
  saveSettings(settings: Settings): void;
  /** Write any pending save immediately (the page is being hidden or closed). */
  flush(): void;
  readonly notices: readonly StorageNotice[];
  dismiss(kind: StorageNotice['kind']): void;
  /** Called with the new list whenever notices change. */
  subscribe(listener: (notices: readonly StorageNotice[]) => void): () => void;
  /** Flush and stop listening to page lifecycle events. */
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

export interface PersistenceOptions {
  /** Defaults to window.localStorage; null keeps everything in memory. */
  storage?: KeyValueStorage | null;
  /** Wait this long after a grade before writing, so a burst of grades makes one write. */
  debounceMs?: number;
}

function defaultStorage(): KeyValueStorage | null {
  try {
    // Merely reading the property throws in some sandboxed frames.
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  // Names and codes differ between browsers (Firefox: NS_ERROR_DOM_QUOTA_REACHED, code 1014).
  return err?.name === 'QuotaExceededError' || err?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err?.code === 22 || err?.code === 1014;
}

/** Create the persistence adapter. See the module comment for what it stores. */
export function createPersistence(options: PersistenceOptions = {}): Persistence {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const debounceMs = options.debounceMs ?? 300;
  let notices: StorageNotice[] = storage ? [] : [{ kind: 'not-saved', reason: 'unavailable', detail: 'localStorage is not available' }];
  const listeners = new Set<(n: readonly StorageNotice[]) => void>();
  let progressWritable = storage !== null;
  let pending: (() => string) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;

  const setNotice = (kind: StorageNotice['kind'], notice: StorageNotice | null): void => {
    // Damaged progress and damaged settings are separate notices; anything else replaces its kind.
    const next = notices.filter((n) => n.kind !== kind || (notice?.kind === 'damaged' && n.kind === 'damaged' && n.what !== notice.what));
    if (notice) next.push(notice);
    else if (next.length === notices.length) return; // nothing to clear: no re-render after every save
    notices = next;
    for (const l of listeners) l(notices);
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

  const writeProgress = (): void => {
    const encode = pending;
    pending = null;
    if (!encode || !progressWritable) return;
    let text: string;
    try {
      text = encode();
    } catch (e) {
      setNotice('not-saved', { kind: 'not-saved', reason: 'unavailable', detail: describe(e) });
      return;
    }
    if (write(PROGRESS_KEY, text)) setNotice('not-saved', null);
  };

  const cancelScheduled = (): void => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    timer = null;
    idle = null;
  };

  const loadProgress = (now: number): Map<string, CardProgress> => {
    const raw = read(PROGRESS_KEY);
    if (raw === null) return new Map();
    const decoded = decodeProgress(raw);
    if (decoded.ok && decoded.value.dropped.length === 0 && decoded.value.repaired.length === 0) return decoded.value.progress;

    const progress = decoded.ok ? decoded.value.progress : new Map<string, CardProgress>();
    const backupKey = `${BACKUP_KEY_PREFIX}${now}`;
    const backedUp = write(backupKey, raw);
    if (backedUp) write(PROGRESS_KEY, encodeProgress(progress));
    else {
      progressWritable = false;
      setNotice('not-saved', { kind: 'not-saved', reason: 'backup-failed', detail: 'the damaged progress could not be backed up, so it is left untouched' });
    }
    setNotice('damaged', {
      kind: 'damaged',
      what: 'progress',
      backupKey: backedUp ? backupKey : null,
      kept: progress.size,
      lost: decoded.ok ? decoded.value.dropped.length : null,
      repaired: decoded.ok ? decoded.value.repaired.length : 0,
      detail: decoded.ok ? [...decoded.value.dropped, ...decoded.value.repaired].map((p) => `${p.id}: ${p.reason}`).join('; ') : decoded.error.message,
    });
    return progress;
  };

  const loadSettings = (defaults: Readonly<Settings> = DEFAULT_SETTINGS): Settings => {
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
      const detail = unreadable ? 'settings were unreadable; defaults are used' : `reset to default: ${invalid.join(', ')}`;
      setNotice('damaged', { kind: 'damaged', what: 'settings', backupKey: null, kept: Object.keys(DEFAULT_SETTINGS).length - invalid.length, lost: unreadable ? null : invalid.length, repaired: 0, detail });
    }
    return settings;
  };

  const onPageHide = (): void => flush();
  const onVisibility = (): void => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  };
  function flush(): void {
    cancelScheduled();
    writeProgress();
  }
  // The last grades before a tab is closed or hidden must not wait for an idle moment.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);

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
    const backupKey = `${key}.backup.${now}`;
    const backedUp = write(backupKey, raw);
    if (!backedUp) {
      blockedValues.add(name);
      setNotice('not-saved', { kind: 'not-saved', reason: 'backup-failed', detail: `the damaged ${key} could not be backed up, so it is left untouched` });
    }
    setNotice('damaged', { kind: 'damaged', what: name, backupKey: backedUp ? backupKey : null, kept: 0, lost: null, repaired: 0, detail: `${key}: ${restored.problems.join('; ')}` });
    return restored.value;
  }

  return {
    load: (now, defaults) => ({ progress: loadProgress(now), settings: loadSettings(defaults) }),
    loadValue,
    saveValue(name, text) {
      if (!blockedValues.has(name)) write(valueKey(name), text);
    },
    saveProgress(encode) {
      pending = encode;
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
    },
    saveSettings(settings) {
      write(SETTINGS_KEY, JSON.stringify({ v: SETTINGS_SCHEMA_VERSION, ...settings }));
    },
    flush,
    get notices() {
      return notices;
    },
    dismiss(kind) {
      setNotice(kind, null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      flush();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
      listeners.clear();
    },
  };
}
