/**
 * The start-up steps at 10,000 cards with a year of history, one by one, in Node:
 *
 *   npx tsx scripts/bench/load-steps.ts [--runs=N] [--cache=DIR]
 *
 * Each run is two fresh processes (start-up is cold: nothing cached, nothing warmed up). One times
 * JSON.parse of the stored text (the floor), then decodeProgress; the other the store's creation
 * (storage load and decode included), the study session's start, a grade (reveal + answer) and
 * the save after it, then a second grade and save, and the median of the next ten saves (saveN).
 * Prints the median of each over the runs. The notes and the history are generated once into
 * `--cache` (default: a folder under the OS temp dir) and reused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCollection } from '../../src/core/collection.ts';
import { decodeProgress } from '../../src/core/progress.ts';
import type { Collection } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { PROGRESS_KEY, createPersistence } from '../../src/store/persistence.ts';
import type { KeyValueStorage } from '../../src/store/persistence.ts';
import { generateNotes } from './generate-notes.ts';
import { simulateHistory } from './simulate-history.ts';
import { median, round } from './stats.ts';

const CARDS = 10_000;
/** A fixed moment (local 10:00 on a weekday), so every run sees the same queue. */
const NOW = new Date(2025, 5, 4, 10, 0).getTime();

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

function prepare(dir: string): { notes: string; stored: string } {
  const notesPath = join(dir, 'notes.md');
  const historyPath = join(dir, 'history.txt');
  if (!existsSync(historyPath)) {
    mkdirSync(dir, { recursive: true });
    const notes = generateNotes(CARDS);
    const { collection } = buildCollection([{ path: 'content/generated.md', text: notes }]);
    const history = simulateHistory(collection.cards.map((c) => c.id), { now: NOW });
    writeFileSync(notesPath, notes);
    writeFileSync(historyPath, history.stored);
  }
  return { notes: readFileSync(notesPath, 'utf8'), stored: readFileSync(historyPath, 'utf8') };
}

class MapStorage implements KeyValueStorage {
  readonly data: Map<string, string>;
  constructor(initial: Record<string, string>) {
    this.data = new Map(Object.entries(initial));
  }
  get length(): number {
    return this.data.size;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
  // A copy, as localStorage hands back a fresh string: comparing it with the last text is not free.
  getItem(key: string): string | null {
    const v = this.data.get(key);
    return v === undefined ? null : (' ' + v).slice(1);
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}

/** The codec alone, cold: the bare JSON.parse, then decodeProgress. */
function decodeOnce(stored: string): Record<string, number> {
  const [, parse] = time(() => JSON.parse(stored) as unknown);
  const [decoded, decode] = time(() => decodeProgress(stored));
  if (!decoded.ok || decoded.value.progress.size !== CARDS) throw new Error('the history did not decode in full');
  return { parse, decode };
}

/** Node has no requestIdleCallback: idle periods of 10 ms, as a browser gives while the learner reads a card. */
function polyfillIdle(): void {
  globalThis.requestIdleCallback ??= (callback) => {
    const start = performance.now();
    const deadline = { didTimeout: false, timeRemaining: () => Math.max(0, start + 10 - performance.now()) };
    return setTimeout(() => callback(deadline), 1) as unknown as number;
  };
  globalThis.cancelIdleCallback ??= (id) => clearTimeout(id);
}

/**
 * The store, cold (its decode not warmed up by an earlier one), a session and two grades with their
 * saves. The first grade comes a second after the session starts, as a learner reads the card.
 */
async function storeOnce(notes: string, stored: string): Promise<Record<string, number>> {
  polyfillIdle();
  const { collection } = buildCollection([{ path: 'content/generated.md', text: notes }]) as { collection: Collection };
  const storage = createPersistence({ storage: new MapStorage({ [PROGRESS_KEY]: stored }), debounceMs: 1e9 });
  const [store, create] = time(() => createAppStore({ collection, storage, now: NOW, scheduler: { fuzz: false } }));
  const [, start] = time(() => store.getState().startSession(NOW));
  const session = store.getState().session;
  if (!session?.current) throw new Error('no card to study');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const [, grade] = time(() => {
    store.getState().reveal();
    store.getState().answer('good', NOW + 5_000);
  });
  const [, save] = time(() => storage.flush());
  // A second grade and save, then ten more: the steady state of a session.
  store.getState().reveal();
  const [, grade2] = time(() => store.getState().answer('good', NOW + 10_000));
  const [, save2] = time(() => storage.flush());
  const later: number[] = [];
  for (let i = 3; i <= 12; i += 1) {
    store.getState().reveal();
    store.getState().answer('good', NOW + i * 5_000);
    later.push(time(() => storage.flush())[1]);
  }
  storage.dispose();
  return { create, start, grade, save, grade2, save2, saveN: median(later) };
}

async function main(): Promise<void> {
  const dir = arg('cache') ?? join(tmpdir(), 'flashcards-load-steps');
  const { notes, stored } = prepare(dir);
  const mode = arg('once');
  if (mode) {
    console.log(JSON.stringify(mode === 'decode' ? decodeOnce(stored) : await storeOnce(notes, stored)));
    return;
  }
  const runs = Number(arg('runs') ?? 9);
  const results: Record<string, number>[] = [];
  for (let i = 0; i < runs; i += 1) {
    const child = (mode: string): Record<string, number> =>
      JSON.parse(execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, `--once=${mode}`, `--cache=${dir}`], { encoding: 'utf8' })) as Record<string, number>;
    results.push({ ...child('decode'), ...child('store') });
  }
  console.log(`${stored.length} characters of history, ${runs} cold runs, medians (min–max) in ms:`);
  for (const step of Object.keys(results[0] ?? {})) {
    const xs = results.map((r) => r[step] as number);
    console.log(`  ${step.padEnd(7)} ${String(round(median(xs), 1)).padStart(7)}   (${round(Math.min(...xs), 1)}–${round(Math.max(...xs), 1)})`);
  }
}

await main();
