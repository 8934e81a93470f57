/**
 * localStorage as the app leaves it after the simulated year: the app's own store and persistence
 * save the simulated progress, over the cards of the build that will be measured, so what a save
 * writes is there and nothing else, as a learner's browser would hold it. The phone bench seeds
 * exactly these keys.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readIndexText, unpackCollection } from '../../src/core/collection-pack.ts';
import type { CardProgress } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import type { KeyValueStorage } from '../../src/store/persistence.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings-slice.ts';

/** Web Storage over a Map. */
function mapStorage(data: Map<string, string>): KeyValueStorage {
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** What the app at `appDir` (a build) stores once `progress` is saved at `now`, key by key. */
export function storedByApp(appDir: string, progress: Map<string, CardProgress>, now: number): Record<string, string> {
  const assets = join(appDir, 'assets');
  const indexFile = readdirSync(assets).find((f) => /^cards-[0-9a-f]+\.json$/.test(f));
  if (!indexFile) throw new Error(`no cards index in ${assets}`);
  const collection = unpackCollection(readIndexText(readFileSync(join(assets, indexFile), 'utf8')), null);
  const data = new Map<string, string>();
  const storage = createPersistence({ storage: mapStorage(data), externalChanges: () => () => undefined, now: () => now });
  createAppStore({ collection, storage, now, loaded: { progress, settings: DEFAULT_SETTINGS } });
  storage.saveProgress();
  storage.dispose();
  if (data.size === 0) throw new Error("the app's save of the simulated progress stored nothing");
  return Object.fromEntries(data);
}
