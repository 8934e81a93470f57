/**
 * Imported notes in the store (src/store/imports-slice.ts) over the vault (src/store/notes-vault.ts):
 * what an update keeps, what a delete keeps, and storage that is missing, full or failing.
 */
import { describe, expect, it } from 'vitest';
import { createNotesVault } from '../../src/store/notes-vault.ts';
import { draft, importRecords } from '../support/imports.ts';
import { PYTHON_NOTES, collectionOfNotes, md } from '../support/notes.ts';
import { createTestStore, gradeOnScreen } from '../support/store.ts';
import { NOW } from '../support/time.ts';
import { MemoryBackend, memoryVault } from '../support/vault.ts';

const BUILT = collectionOfNotes(PYTHON_NOTES);
const NOTES = md('# Сети', '', '## Что такое TCP?', '', 'С соединением.', '', '## Что такое UDP?', '', 'Без соединения.');
const TCP_ONLY = md('# Сети', '', '## Что такое TCP?', '', 'С установкой соединения.');

const storeOver = (backend = new MemoryBackend()) => ({ backend, store: createTestStore({ collection: BUILT, notesVault: memoryVault(backend) }) });

describe('imported notes in the store', () => {
  it('are kept in the vault, then join the collection as decks like any other', async () => {
    const { backend, store } = storeOver();
    const records = importRecords([draft('net.md', NOTES)], BUILT);
    expect(await store.getState().saveImports(records)).toEqual({ ok: true });
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python', 'net']);
    expect(store.getState().cardIndex.get(records[0]!.collection.cards[0]!.id)?.question).toBe('Что такое TCP?');
    expect([...backend.kept.keys()]).toEqual(['net.md']);
    // A study session over all decks takes them in.
    store.getState().startSession(NOW, 'net');
    const onScreen = store.getState().session?.current?.cardId;
    expect(store.getState().cardIndex.get(onScreen!)?.deck).toBe('net');
  });

  it('an update keeps the progress of the questions that stay, and a removed card’s, dormant', async () => {
    const { store } = storeOver();
    await store.getState().saveImports(importRecords([draft('net.md', NOTES)], BUILT));
    store.getState().startSession(NOW, 'net');
    const studied = gradeOnScreen(store, 'good', NOW);
    const other = gradeOnScreen(store, 'good', NOW + 60_000);

    const state = store.getState();
    await store.getState().saveImports(importRecords([draft('net.md', TCP_ONLY)], state.built, state.imports, NOW + 120_000));
    const ids = store.getState().collection.cards.map((c) => c.id);
    expect(ids).toContain(studied);
    expect(ids).not.toContain(other);
    expect(store.getState().progress.get(studied)?.sched.reps).toBe(1);
    expect(store.getState().progress.get(other)?.sched.reps).toBe(1);
  });

  it('a delete keeps the cards’ progress unless asked, and then keeps a backup first', async () => {
    const { backend, store } = storeOver();
    await store.getState().saveImports(importRecords([draft('net.md', NOTES)], BUILT));
    store.getState().startSession(NOW, 'net');
    const studied = gradeOnScreen(store, 'good', NOW);

    expect(await store.getState().deleteImport('net.md', false, NOW)).toEqual({ ok: true });
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python']);
    expect(backend.kept.size).toBe(0);
    expect(store.getState().progress.has(studied)).toBe(true);

    await store.getState().saveImports(importRecords([draft('net.md', NOTES)], BUILT));
    expect(await store.getState().deleteImport('net.md', true, NOW + 60_000)).toMatchObject({ ok: true });
    expect(store.getState().progress.has(studied)).toBe(false);
    expect(store.getState().listBackups().map((b) => b.reason)).toEqual(['delete']);
  });

  it.each([
    ['QuotaExceededError', 'full'],
    ['InvalidStateError', 'unavailable'],
    ['DataError', 'failed'],
  ] as const)('a write refused with %s changes nothing and says %s', async (name, fault) => {
    const { backend, store } = storeOver();
    backend.failWrites = name;
    const before = store.getState().collection;
    const result = await store.getState().saveImports(importRecords([draft('net.md', NOTES)], BUILT));
    expect(result).toMatchObject({ ok: false, fault });
    expect(store.getState().collection).toBe(before);
    expect(backend.kept.size).toBe(0);
  });

  it('a delete the vault refuses leaves the notes and their progress where they were', async () => {
    const { backend, store } = storeOver();
    await store.getState().saveImports(importRecords([draft('net.md', NOTES)], BUILT));
    store.getState().startSession(NOW, 'net');
    const studied = gradeOnScreen(store, 'good', NOW);
    backend.failWrites = 'UnknownError';
    expect(await store.getState().deleteImport('net.md', true, NOW)).toMatchObject({ ok: false, fault: 'unavailable' });
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python', 'net']);
    expect(store.getState().progress.has(studied)).toBe(true);
  });
});

describe('the vault', () => {
  it('keeps records in IndexedDB through idb-keyval, and lists them back', async () => {
    const vault = createNotesVault();
    const records = importRecords([draft('net.md', NOTES), draft('py.md', PYTHON_NOTES.replace('Python', 'Python again'))], BUILT);
    await vault.put(records);
    const listed = await vault.list();
    expect(listed.unreadable).toBe(0);
    expect(listed.notes.map((n) => n.id).sort()).toEqual(['net.md', 'py.md']);
    expect(listed.notes.find((n) => n.id === 'net.md')).toEqual(records[0]);
    await vault.remove(['net.md', 'py.md']);
    expect((await vault.list()).notes).toEqual([]);
  });

  it('a record that is not a whole one is left out, and counted', async () => {
    const backend = new MemoryBackend();
    backend.kept.set('odd', { id: 'odd', name: 'odd.md' });
    const listed = await memoryVault(backend).list();
    expect(listed).toEqual({ notes: [], unreadable: 1 });
  });

  it('a page without IndexedDB is told the vault is unavailable', async () => {
    const vault = createNotesVault({
      values: () => Promise.reject(new ReferenceError('indexedDB is not defined')),
      setMany: () => Promise.reject(new ReferenceError('indexedDB is not defined')),
      delMany: () => Promise.reject(new ReferenceError('indexedDB is not defined')),
    });
    await expect(vault.list()).rejects.toMatchObject({ name: 'VaultError', fault: 'unavailable' });
  });
});
