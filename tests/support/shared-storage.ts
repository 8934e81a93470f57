/**
 * One origin's localStorage as several tabs see it: every tab reads and writes the same data, and
 * a write in one tab tells the others (the browser's `storage` event), never the writer itself.
 */
import type { ExternalChanges, KeyValueStorage } from '../../src/store/persistence.ts';

export class SharedStorage {
  readonly data = new Map<string, string>();
  /** Writes to keys for which this returns an error throw it (a full quota, say). */
  failWith: ((key: string) => Error | null) | null = null;
  writes = 0;
  private readonly listeners = new Map<object, Set<(key: string | null) => void>>();

  /** A tab's view: its storage, and its feed of other tabs' writes. */
  tab(options: { events?: boolean } = {}): { storage: KeyValueStorage; externalChanges: ExternalChanges } {
    const self = {};
    this.listeners.set(self, new Set());
    const { data } = this;
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        const error = this.failWith?.(key);
        if (error) throw error;
        this.writes += 1;
        data.set(key, value);
        this.notify(self, key);
      },
      removeItem: (key) => {
        data.delete(key);
        this.notify(self, key);
      },
      get length() {
        return data.size;
      },
      key: (index) => [...data.keys()][index] ?? null,
    };
    const externalChanges: ExternalChanges = (listener) => {
      if (options.events === false) return () => undefined;
      this.listeners.get(self)?.add(listener);
      return () => this.listeners.get(self)?.delete(listener);
    };
    return { storage, externalChanges };
  }

  private notify(writer: object, key: string): void {
    for (const [tab, set] of this.listeners) if (tab !== writer) for (const l of set) l(key);
  }
}

export { quotaError } from './memory-storage.ts';
