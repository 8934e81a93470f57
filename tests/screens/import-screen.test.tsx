/** The notes import screen, driven as a learner does: choosing files, pasting, the preview, confirming, refusals. */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { offerDroppedFiles } from '../../src/components/dropped-files.ts';
import { ImportScreen } from '../../src/screens/import-screen.tsx';
import { inProcessParser } from '../support/imports.ts';
import { PYTHON_NOTES, collectionOfNotes, md } from '../support/notes.ts';
import { renderWithStore } from '../support/render.tsx';
import { createTestStore } from '../support/store.ts';
import { MemoryBackend, memoryVault } from '../support/vault.ts';

const NOTES = md('# Сети', '', 'Вступление без вопроса.', '', '## Что такое TCP?', '', 'Протокол **с соединением**:', '', '- надёжный;', '- упорядоченный.', '', '## Что такое UDP?', '', 'Без соединения.');
const file = (name: string, content: BlobPart, type = 'text/markdown') => new File([content], name, { type });

function setup(backend = new MemoryBackend(), parser = inProcessParser()) {
  const store = createTestStore({ collection: collectionOfNotes(PYTHON_NOTES), notesVault: memoryVault(backend) });
  renderWithStore(store, <ImportScreen parser={parser} />);
  return { store, backend, parser, user: userEvent.setup() };
}

const picker = () => screen.getByLabelText('Выбрать файлы…');
const preview = () => screen.getByRole('region', { name: 'Что получится' });

describe('the import screen', () => {
  it('previews a chosen file (count, skips, first cards rendered) and keeps it only once confirmed', async () => {
    const { store, backend, user } = setup();
    await user.upload(picker(), file('net.md', NOTES));
    expect(await screen.findByTestId('import-card-count')).toHaveTextContent('2');
    expect(preview()).toHaveTextContent('карточки в 1 колоде');
    expect(preview()).toHaveTextContent('Новых: 2 карточки.');
    await user.click(within(preview()).getByText('Не стало карточками: 1'));
    expect(preview()).toHaveTextContent('net.md, строка 3: text under a topic, in no card');
    // The first card's answer as the app renders it: bold and a list.
    expect(await within(preview()).findByText('с соединением')).toHaveProperty('tagName', 'STRONG');
    expect(within(preview()).getByText('надёжный;').tagName).toBe('LI');
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python']);
    expect(backend.kept.size).toBe(0);

    await user.click(screen.getByTestId('import-confirm'));
    expect(await screen.findByRole('status')).toHaveTextContent('Импортировано: 2 карточки. Колоды — на главной.');
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python', 'net']);
    expect([...backend.kept.keys()]).toEqual(['net.md']);
    expect(screen.getByRole('region', { name: 'Импортированные заметки' })).toHaveTextContent('net.md');
  });

  it('cancel changes nothing', async () => {
    const { store, backend, user } = setup();
    await user.upload(picker(), file('net.md', NOTES));
    await user.click(await screen.findByRole('button', { name: 'Отмена' }));
    expect(screen.getByRole('status')).toHaveTextContent('Импорт отменён, ничего не изменено.');
    expect(screen.queryByTestId('import-card-count')).toBeNull();
    expect(store.getState().collection.decks).toHaveLength(1);
    expect(backend.kept.size).toBe(0);
  });

  it('pasted notes are imported under the name given', async () => {
    const { store, user } = setup();
    await user.type(screen.getByLabelText('Или вставьте заметки'), '# Сети{Enter}{Enter}## Что такое TCP?{Enter}{Enter}С соединением.');
    await user.clear(screen.getByLabelText('Название'));
    await user.type(screen.getByLabelText('Название'), 'networks');
    await user.click(screen.getByRole('button', { name: 'Разобрать' }));
    expect(await screen.findByTestId('import-card-count')).toHaveTextContent('1');
    await user.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(store.getState().imports.map((i) => i.name)).toEqual(['networks']));
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python', 'networks']);
  });

  it.each([
    ['an image named .md', file('notes.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), '«notes.md» — не текст'],
    ['an empty file', file('empty.md', ''), '«empty.md»: файл пуст.'],
    ['text that is not UTF-8', file('cp1251.md', new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])), '«cp1251.md» не в кодировке UTF-8'],
    ['a file of another type', file('notes.docx', 'PK'), '«notes.docx»: нужен файл .md, .markdown или .txt.'],
  ])('%s is refused with an alert, and nothing changes', async (_, chosen, message) => {
    const { store, backend } = setup();
    // Dropped: userEvent.upload would leave out a file the picker's accept list does not take.
    act(() => offerDroppedFiles([chosen]));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Ничего не импортировано и ничего не изменено.');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(store.getState().collection.decks).toHaveLength(1);
    expect(backend.kept.size).toBe(0);
  });

  it('a file over 10 MB is refused before it is read', async () => {
    const { user } = setup();
    const big = file('big.md', 'a');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    Object.defineProperty(big, 'arrayBuffer', { value: () => Promise.reject(new Error('must not be read')) });
    await user.upload(picker(), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('«big.md»: 11 МБ — больше предела в 10 МБ.');
  });

  it('notes with a hard error are refused with the error’s line', async () => {
    const { user } = setup();
    await user.upload(picker(), file('dup.md', md('# Д', '', '## Что такое TCP?', '', 'Раз.', '', '## Что такое TCP?', '', 'Два.')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('В заметках есть ошибки, которые нужно исправить');
    expect(alert).toHaveTextContent('dup.md, строка 7: duplicate card id');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });

  it('a full browser storage is said on confirm, and nothing is imported', async () => {
    const backend = new MemoryBackend();
    const { store, user } = setup(backend);
    await user.upload(picker(), file('net.md', NOTES));
    backend.failWrites = 'QuotaExceededError';
    await user.click(await screen.findByTestId('import-confirm'));
    expect(await screen.findByRole('alert')).toHaveTextContent('В хранилище браузера нет места: заметки не сохранены.');
    expect(store.getState().collection.decks).toHaveLength(1);
  });

  it('a parser that fails says so, with its reason in the details', async () => {
    const parser = inProcessParser(true);
    const { user } = setup(new MemoryBackend(), parser);
    await user.upload(picker(), file('net.md', NOTES));
    await waitFor(() => expect(parser.workers).toHaveLength(1));
    parser.workers[0]!.crash('Uncaught SyntaxError');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось разобрать заметки. Перезагрузите страницу и попробуйте снова.');
    expect(alert).toHaveTextContent('Uncaught SyntaxError');
  });

  it('importing the same file again says what changes, and updates the deck in place', async () => {
    const { store, user } = setup();
    await user.upload(picker(), file('net.md', NOTES));
    await user.click(await screen.findByTestId('import-confirm'));
    await screen.findByText('Импортировано: 2 карточки. Колоды — на главной.');

    await user.upload(picker(), file('net.md', NOTES.replace('Без соединения.', 'Без соединения и без гарантий.')));
    await screen.findByTestId('import-card-count');
    expect(within(preview()).getByLabelText('Куда')).toHaveValue('net.md');
    expect(preview()).toHaveTextContent('Добавится: 0, изменится: 1, уйдёт: 0, без изменений: 1.');
    // Chosen as new notes instead, the same questions would be in two decks: the preview says they stay where they are.
    await user.selectOptions(within(preview()).getByLabelText('Куда'), 'Новые заметки');
    expect(preview()).toHaveTextContent('2 карточки уже есть в других колодах');
    expect(screen.getByTestId('import-card-count')).toHaveTextContent('0');
    await user.selectOptions(within(preview()).getByLabelText('Куда'), 'Обновить «net.md»');
    await user.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(store.getState().collection.cards.at(-1)?.answer).toBe('Без соединения и без гарантий.'));
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python', 'net']);
  });

  it('deleting asks first, and keeps the progress unless asked', async () => {
    const { store, user } = setup();
    await user.upload(picker(), file('net.md', NOTES));
    await user.click(await screen.findByTestId('import-confirm'));
    await user.click(await screen.findByRole('button', { name: 'Удалить «net.md»…' }));
    const ask = screen.getByRole('group', { name: 'Удалить «net.md»…' });
    expect(ask).toHaveTextContent('Удалить «net.md» (2 карточки)? Прогресс этих карточек останется');
    await user.click(within(ask).getByRole('button', { name: 'Отмена' }));
    expect(store.getState().imports).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Удалить «net.md»…' }));
    await user.click(screen.getByRole('button', { name: 'Да, удалить' }));
    expect(await screen.findByText('Заметки «net.md» удалены.')).toBeInTheDocument();
    expect(store.getState().collection.decks.map((d) => d.id)).toEqual(['python']);
  });

  it('speaks English when the interface does', async () => {
    const store = createTestStore({ collection: collectionOfNotes(PYTHON_NOTES), notesVault: memoryVault() });
    const user = userEvent.setup();
    renderWithStore(store, <ImportScreen parser={inProcessParser()} />, 'en');
    await user.upload(screen.getByLabelText('Choose files…'), file('net.md', NOTES));
    expect(await screen.findByRole('region', { name: 'What you will get' })).toHaveTextContent('2 cards in 1 deck');
    expect(screen.getByTestId('import-confirm')).toHaveTextContent('Import');
  });

  it('a long list of skips shows its first hundred and how many more', async () => {
    const { user } = setup();
    const links = Array.from({ length: 103 }, (_, i) => md(`## Ссылки ${i}`, '', `- [Документация](https://docs.python.org/3/${i})`, '')).join('\n');
    await user.upload(picker(), file('links.md', md('# Сети', '', '## Что такое TCP?', '', 'С соединением.', '', links)));
    await user.click(await within(await screen.findByRole('region', { name: 'Что получится' })).findByText('Не стало карточками: 103'));
    const list = within(preview()).getByText('…и ещё 3').closest('ul')!;
    expect(within(list).getAllByRole('listitem')).toHaveLength(101);
  });
});
