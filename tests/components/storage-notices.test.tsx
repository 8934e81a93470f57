import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorageNotices } from '../../src/components/storage-notices.tsx';
import { PROGRESS_SCHEMA_VERSION } from '../../src/core/progress.ts';
import { PROGRESS_KEY } from '../../src/store/persistence.ts';
import { STORED_CARD } from '../support/progress.ts';
import { quotaError } from '../support/shared-storage.ts';
import { storagePage } from '../support/downloads.ts';
import { renderWithStore } from '../support/render.tsx';
import { createTestStore, studyCards } from '../support/store.ts';

const page = storagePage();

describe('StorageNotices', () => {
  it('damaged progress: says what was recovered, offers the original for download, and can be dismissed', async () => {
    const raw = `{"v":2,"cards":{"a":${STORED_CARD},"b":"<img src=x onerror=alert(1)>"}}`;
    page.shared.data.set(PROGRESS_KEY, raw);
    const store = createTestStore({ ...page.shared.tab() });
    renderWithStore(store, <StorageNotices />);
    const user = userEvent.setup();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Сохранённый прогресс был повреждён. Восстановлен прогресс 1 карточки, не удалось прочитать 1.');
    expect(alert).toHaveTextContent('Исходные данные сохранены в браузере как резервная копия.');
    expect(document.querySelector('img')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Скачать исходные данные' }));
    expect(await page.downloads[0]!.text()).toBe(raw);
    await user.click(within(alert).getByRole('button', { name: 'Скрыть' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('storage full: a notice that stays, with an export of what is only in memory', async () => {
    const store = createTestStore({ ...page.shared.tab() });
    page.shared.failWith = () => quotaError();
    studyCards(store, 2);
    renderWithStore(store, <StorageNotices />);
    // The save runs after the grades, off the key-press path, and fails.
    const user = userEvent.setup();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Прогресс не сохраняется: хранилище браузера переполнено.');
    expect(within(alert).queryByRole('button', { name: 'Скрыть' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Скачать прогресс' }));
    expect(Object.keys(JSON.parse(await page.downloads[0]!.text()).progress)).toEqual(['a', 'b']);
    expect(alert).toHaveTextContent('Файл с прогрессом 2 карточек подготовлен к скачиванию.');
  });

  it('progress from a newer version: says it is left alone and that this tab is not saved', () => {
    page.shared.data.set(PROGRESS_KEY, `{"v":${PROGRESS_SCHEMA_VERSION + 1},"cards":{}}`);
    renderWithStore(createTestStore({ ...page.shared.tab() }), <StorageNotices />);
    const [damaged, notSaved] = screen.getAllByRole('alert');
    expect(damaged).toHaveTextContent('Прогресс сохранён более новой версией приложения');
    expect(notSaved).toHaveTextContent('Прогресс этой вкладки не сохраняется');
  });

  it('regression: damaged progress and damaged settings are two notices, dismissed one at a time', async () => {
    page.shared.data.set(PROGRESS_KEY, '{"v":2,');
    page.shared.data.set('flashcards.settings', 'not json');
    renderWithStore(createTestStore({ ...page.shared.tab() }), <StorageNotices />);
    const [progress, settings] = screen.getAllByRole('alert');
    expect(progress).toHaveTextContent('Сохранённый прогресс не удалось прочитать');
    expect(settings).toHaveTextContent('Настройки были повреждены');
    await userEvent.setup().click(within(settings!).getByRole('button', { name: 'Скрыть' }));
    expect(screen.getAllByRole('alert')).toEqual([progress]);
  });
});
