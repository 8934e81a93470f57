import type { KeyValueStorage } from '../../src/store/persistence.ts';

/** The Web Storage API over a Map, for tests that need a storage they can inspect or break. */
export class MemoryStorage implements KeyValueStorage {
  readonly data: Map<string, string>;
  /** How many writes went through. */
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    this.data = new Map(Object.entries(initial));
  }

  get length(): number {
    return this.data.size;
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.writes += 1;
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** A MemoryStorage whose writes to some keys throw: `failWith` gives the error for a key, or null. */
export class FailingStorage extends MemoryStorage {
  failWith: ((key: string) => Error | null) | null = null;

  override setItem(key: string, value: string): void {
    const error = this.failWith?.(key);
    if (error) throw error;
    super.setItem(key, value);
  }
}

/** The error a full quota throws in Chromium and Safari (Firefox's: NS_ERROR_DOM_QUOTA_REACHED). */
export const quotaError = (): Error => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
