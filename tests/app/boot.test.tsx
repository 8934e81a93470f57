/**
 * Start-up (src/app/boot.ts) on every path a learner can arrive by: a first visit, a return with
 * progress, damaged or unavailable storage, cards or answers that cannot be downloaded, and a
 * link to nowhere. What is asserted is what the learner sees, and what is kept in storage.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../src/app/boot.ts';
import type { BootOptions, Booted } from '../../src/app/boot.ts';
import { PROGRESS_KEY, SETTINGS_KEY, createPersistence } from '../../src/store/persistence.ts';
import type { Persistence } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { cardsSourceFor } from '../support/cards-source.ts';
import { PYTHON_NOTES, collectionOfNotes, md } from '../support/notes.ts';
import { draft, importRecords } from '../support/imports.ts';
import { MemoryBackend, memoryVault } from '../support/vault.ts';
import { NOTES_KEPT_KEY } from '../../src/store/notes-vault.ts';

let root: HTMLElement;
let opened: Persistence[] = [];
let booted: Booted[] = [];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(async () => {
    for (const app of booted) app.unmount();
  });
  for (const persistence of opened) persistence.dispose();
  booted = [];
  opened = [];
  root.remove();
});

/** Boots at `hash` as src/main.tsx does, over `storage`; waits until the first screen is out. */
async function start(hash: string, storage: MemoryStorage, options: Partial<BootOptions> = {}) {
  window.location.hash = hash;
  const persistence = createPersistence({ storage, debounceMs: 0 });
  opened.push(persistence);
  let app: Booted | undefined;
  await act(async () => {
    app = await boot({ root, cards: cardsSourceFor(PYTHON_NOTES), storage: persistence, languages: ['ru-RU'], ...options });
  });
  booted.push(app!);
  return app!.store;
}

const nav = () => screen.getByRole('navigation', { name: /./ });

describe('boot', () => {
  it('a first visit opens home with the decks, in Russian, in the system theme', async () => {
    const afterFirstPaint = vi.fn();
    await start('#/', new MemoryStorage(), { afterFirstPaint });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getAllByTestId('deck-row').map((row) => row.dataset.deckId)).toEqual(['python']);
    expect(document.documentElement.lang).toBe('ru');
    expect(document.documentElement.dataset.theme).toBe('system');
    await waitFor(() => expect(afterFirstPaint).toHaveBeenCalledTimes(1));
  });

  it('a return visit picks up stored settings and progress', async () => {
    const storage = new MemoryStorage();
    const user = userEvent.setup();
    await start('#/study', storage);
    const first = screen.getByTestId('card-question').textContent;
    await user.keyboard(' 3');
    await act(async () => booted.pop()!.unmount());
    storage.setItem(SETTINGS_KEY, JSON.stringify({ v: 1, language: 'en', theme: 'dark' }));
    await start('#/study', storage);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: /^Show answer/ })).toBeInTheDocument();
    // The card graded Good is in its learning steps now: another one comes first.
    expect(screen.getByTestId('card-question')).not.toHaveTextContent(first!);
  });

  it('damaged progress: the app starts, says so, and keeps the damaged value under a backup key', async () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: '{"v":2,"cards":{"c1": [tru' });
    await start('#/', storage);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    const backups = [...storage.data.keys()].filter((key) => key.startsWith(`${PROGRESS_KEY}.backup.`));
    expect(backups.map((key) => storage.getItem(key))).toEqual(['{"v":2,"cards":{"c1": [tru']);
    expect(screen.getAllByTestId('deck-row')).toHaveLength(1);
  });

  it('storage that cannot be read: studying still works, and an alert says progress is not saved', async () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const user = userEvent.setup();
    await start('#/study', broken);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toBeInTheDocument();
  });

  it('cards that cannot be downloaded: a message with a reload, and stored progress untouched', async () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: '{"v":2,"cards":{}}' });
    const store = await start('#/study', storage, { cards: cardsSourceFor(PYTHON_NOTES, { index: new Error('HTTP 404') }) });
    expect(store).toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('HTTP 404');
    expect(within(alert).getByRole('button', { name: 'Перезагрузить страницу' })).toBeInTheDocument();
    expect(storage.getItem(PROGRESS_KEY)).toBe('{"v":2,"cards":{}}');
  });

  it('answers that cannot be downloaded: the questions still show, and a revealed answer says why it is missing', async () => {
    const user = userEvent.setup();
    await start('#/study', new MemoryStorage(), { cards: cardsSourceFor(PYTHON_NOTES, { answers: new Error('offline') }) });
    expect(screen.getByTestId('card-question')).toHaveTextContent('Что такое GIL?');
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByTestId('card-answer')).toHaveTextContent(/не удалось загрузить/i));
  });

  it.each(['#/study/%E0%A4%A', '#/no-such-route', '#/quiz/%', '#/study/a/b'])('regression: %s shows a not-found page with the navigation, not a white page', async (hash) => {
    const errors = vi.spyOn(console, 'error');
    await start(hash, new MemoryStorage());
    expect(screen.getByRole('heading', { level: 1, name: 'Такой страницы нет' })).toBeInTheDocument();
    expect(within(nav()).getAllByRole('link').length).toBeGreaterThan(3);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('a screen whose code loads on demand, opened by its link, shows at once: no loading line first', async () => {
    const shown: string[] = [];
    const watch = new MutationObserver(() => shown.push(root.textContent ?? ''));
    watch.observe(root, { childList: true, subtree: true, characterData: true });
    await start('#/browse', new MemoryStorage());
    await screen.findAllByTestId('browse-row');
    watch.disconnect();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((text) => text.includes('Загрузка'))).toEqual([]);
  });

  it('imported notes kept in the browser open beside the built decks, and say where they came from', async () => {
    const records = importRecords([draft('net.md', md('# Сети', '', '## Что такое TCP?', '', 'С соединением.'))], collectionOfNotes(PYTHON_NOTES));
    await start('#/', new MemoryStorage(), { notesVault: memoryVault(new MemoryBackend(records)) });
    expect(screen.getAllByTestId('deck-row').map((row) => row.dataset.deckId)).toEqual(['python', 'net']);
    expect(screen.getAllByTestId('deck-row')[1]).toHaveTextContent('импорт из «net.md»');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('storage for imported notes that cannot be opened: the built decks open, and home says why the imported ones are missing', async () => {
    const backend = new MemoryBackend();
    backend.failReads = 'InvalidStateError';
    // Notes were imported before: the flag says so.
    const store = await start('#/', new MemoryStorage(), { notesVault: memoryVault(backend, new MemoryStorage({ [NOTES_KEPT_KEY]: '1' })) });
    expect(screen.getAllByTestId('deck-row').map((row) => row.dataset.deckId)).toEqual(['python']);
    expect(screen.getByRole('alert')).toHaveTextContent('Импортированные заметки недоступны: хранилище браузера закрыто');
    expect(store?.getState().importsFault?.fault).toBe('unavailable');
  });

  it('without imported notes, IndexedDB is not opened before the first screen; notes kept without their flag still come, after it', async () => {
    const backend = new MemoryBackend(importRecords([draft('net.md', md('# Сети', '', '## Что такое TCP?', '', 'С соединением.'))], collectionOfNotes(PYTHON_NOTES)));
    const reads = vi.spyOn(backend, 'values');
    // The flag is gone (localStorage cleared on its own), the notes are still in IndexedDB.
    const flags = new MemoryStorage();
    await start('#/', new MemoryStorage(), { notesVault: memoryVault(backend, flags) });
    expect(screen.getAllByTestId('deck-row').map((row) => row.dataset.deckId)).toEqual(['python']);
    await waitFor(() => expect(screen.getAllByTestId('deck-row').map((row) => row.dataset.deckId)).toEqual(['python', 'net']));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(flags.data.get(NOTES_KEPT_KEY)).toBe('1');
  });
});
