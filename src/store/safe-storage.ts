/**
 * Web Storage, every call wrapped: getItem, setItem, removeItem and the key listing never throw
 * here. A browser that refuses storage (private mode, a full quota, a sandboxed frame where merely
 * reading `localStorage` throws) must never stop a study session, only show a notice: a failed read
 * or write is reported through the callback given to openStorage (persistence.ts turns it into the
 * `not-saved` notice) and answered with what "nothing there" or "not written" would give.
 *
 * This is the only module that calls the storage itself; everything else in src/store goes through
 * the SafeStorage it returns.
 */

/** The part of the Web Storage API we use; tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** Why storage refused: full, or not there at all (disabled, sandboxed, broken). */
export interface StorageFailure {
  reason: 'quota' | 'unavailable';
  detail: string;
}

export interface SafeStorage {
  /** False when there is no storage at all: everything then stays in memory. */
  readonly available: boolean;
  /** The value under `key`, or null if there is none or it cannot be read (reported). */
  read(key: string): string | null;
  /** Write; on failure, report it and give false. */
  write(key: string, value: string): boolean;
  /** Write without reporting a failure, for a caller that reports it in its own words (a backup). */
  tryWrite(key: string, value: string): StorageFailure | null;
  /** Remove, quietly: a storage that cannot remove cannot write either, and says so then. */
  remove(key: string): boolean;
  /** Every key stored (no values), or none if the storage cannot list them. */
  keys(): string[];
}

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * Whether `e` is a storage quota error. Names and codes differ between browsers: QuotaExceededError
 * (code 22) in most, NS_ERROR_DOM_QUOTA_REACHED (code 1014) in older Firefox.
 */
export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  return err?.name === 'QuotaExceededError' || err?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err?.code === 22 || err?.code === 1014;
}

/** What went wrong with a call, as a notice reports it. */
export const failureOf = (e: unknown): StorageFailure => ({ reason: isQuotaError(e) ? 'quota' : 'unavailable', detail: describe(e) });

/** The browser's localStorage, or null where there is none or merely reading the property throws. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Wrap `storage` (null: none at all, so everything stays in memory). `report` hears of every read
 * or write that failed, except those of tryWrite.
 */
export function openStorage(storage: KeyValueStorage | null, report: (failure: StorageFailure) => void): SafeStorage {
  const tryWrite = (key: string, value: string): StorageFailure | null => {
    if (!storage) return { reason: 'unavailable', detail: 'localStorage is not available' };
    try {
      storage.setItem(key, value);
      return null;
    } catch (e) {
      return failureOf(e);
    }
  };
  return {
    available: storage !== null,
    read(key) {
      if (!storage) return null;
      try {
        return storage.getItem(key);
      } catch (e) {
        report({ reason: 'unavailable', detail: describe(e) });
        return null;
      }
    },
    write(key, value) {
      const failure = tryWrite(key, value);
      if (failure && storage) report(failure);
      return failure === null;
    },
    tryWrite,
    remove(key) {
      try {
        storage?.removeItem(key);
        return storage !== null;
      } catch {
        return false;
      }
    },
    keys() {
      if (!storage) return [];
      const keys: string[] = [];
      try {
        for (let i = 0; i < storage.length; i += 1) {
          const key = storage.key(i);
          if (key !== null) keys.push(key);
        }
      } catch {
        // What could be listed is listed; a storage this broken has said so on its first read.
      }
      return keys;
    },
  };
}
