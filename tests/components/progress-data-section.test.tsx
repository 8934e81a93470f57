import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProgressFile } from '../../src/core/progress-file.ts';
import { PROGRESS_SCHEMA_VERSION } from '../../src/core/progress.ts';
import { ProgressDataSection } from '../../src/screens/progress-data-section.tsx';
import type { AppStore } from '../../src/store/app-store.ts';
import { BACKUP_KEY_PREFIX } from '../../src/store/persistence.ts';
import { quotaError } from '../support/shared-storage.ts';
import { storagePage } from '../support/downloads.ts';
import { renderWithStore } from '../support/render.tsx';
import { createTestStore, studyCards } from '../support/store.ts';
import { NOW } from '../support/time.ts';

const page = storagePage();

/** An export file of cards a, b, c studied in another browser. */
function exportFromElsewhere(): string {
  const other = createTestStore();
  studyCards(other, 3, NOW - 86_400_000);
  return buildProgressFile({ progress: other.getState().progress, cardIds: ['a', 'b', 'c', 'd'], appVersion: '0.1.0', now: NOW });
}

function setup(studied = 1): { store: AppStore; user: ReturnType<typeof userEvent.setup> } {
  const store = createTestStore({ ...page.shared.tab() });
  studyCards(store, studied);
  renderWithStore(store, <ProgressDataSection />);
  return { store, user: userEvent.setup() };
}
const fileInput = () => screen.getByLabelText('Загрузить прогресс из файла…');
const jsonFile = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

describe('export', () => {
  it('page.downloads a file with every card\'s progress and says how many', async () => {
    const { user } = setup(2);
    await user.click(screen.getByRole('button', { name: 'Скачать прогресс (JSON)' }));
    expect(page.downloads).toHaveLength(1);
    expect(page.downloads[0]!.name).toMatch(/^flashcards-progress-\d{4}-\d\d-\d\d-\d{4}\.json$/);
    const file = JSON.parse(await page.downloads[0]!.text());
    expect(file).toMatchObject({ format: 'interview-flashcards/progress', schemaVersion: PROGRESS_SCHEMA_VERSION, appVersion: expect.any(String) });
    expect(Object.keys(file.progress)).toEqual(['a', 'b']);
    expect(screen.getByRole('status')).toHaveTextContent('Файл с прогрессом 2 карточек подготовлен к скачиванию.');
  });
});

describe('import', () => {
  it('shows what a merge would change before applying, then applies it with a backup', async () => {
    const { store, user } = setup(1);
    await user.upload(fileInput(), jsonFile(exportFromElsewhere()));
    const preview = await screen.findByRole('region', { name: 'Импорт «progress.json»' });
    expect(within(preview).getByRole('heading')).toHaveFocus();
    expect(preview).toHaveTextContent('версия приложения 0.1.0: прогресс 3 карточек');
    expect(within(preview).getByRole('radio', { name: 'Объединить с текущим прогрессом' })).toBeChecked();
    expect(preview).toHaveTextContent('Добавится: 2, обновится: 1, без изменений: 0');
    expect(store.getState().progress.size).toBe(1); // nothing applied yet

    await user.click(within(preview).getByRole('button', { name: 'Применить' }));
    expect(screen.queryByRole('region', { name: /Импорт/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Импорт выполнен: добавлено 2, обновлено 1. Прежний прогресс сохранён в резервной копии.');
    expect(store.getState().progress.get('a')?.log).toHaveLength(2); // this browser's review and the file's
    expect(store.getState().listBackups()).toEqual([expect.objectContaining({ reason: 'import' })]);
    expect(screen.getByText(/перед импортом/)).toBeInTheDocument();
  });

  it('replace mode says what goes, and Escape cancels without a change', async () => {
    const { store, user } = setup(4);
    await user.upload(fileInput(), jsonFile(exportFromElsewhere()));
    const preview = await screen.findByRole('region', { name: /Импорт/ });
    await user.click(within(preview).getByRole('radio', { name: 'Заменить текущий прогресс' }));
    expect(preview).toHaveTextContent('Прогресс 4 карточек заменится прогрессом из файла (3 карточки); прогресс 1 карточки, которых нет в файле, будет удалён.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Импорт/ })).toBeNull();
    expect(store.getState().progress.size).toBe(4);
    expect(fileInput()).toHaveFocus();
  });

  it.each([
    ['not JSON', 'hello', 'Это не файл прогресса: он не в формате JSON.'],
    ['another format', '{"format":"anki"}', 'Это не файл прогресса этого приложения.'],
    ['a newer version', `{"format":"interview-flashcards/progress","schemaVersion":${PROGRESS_SCHEMA_VERSION + 1}}`, 'Файл сделан более новой версией приложения'],
  ])('rejects %s with a clear message and changes nothing', async (_, text, message) => {
    const { store, user } = setup(1);
    const before = store.getState().progressVersion;
    await user.upload(fileInput(), jsonFile(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Файл не принят, прогресс не изменён.');
    expect(store.getState().progressVersion).toBe(before);
  });

  it('a hostile file is rejected, naming where, and none of its HTML becomes elements', async () => {
    const { store, user } = setup(1);
    const file = JSON.parse(exportFromElsewhere());
    file.progress['<img src=x onerror="window.hacked=1">'] = file.progress.a;
    await user.upload(fileInput(), jsonFile(JSON.stringify(file), '<script>alert(1)</script>.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('неверное значение в progress["<img src=x onerror=\\"window.hacked=1\\">"]');
    expect(document.querySelector('img, script, [onerror]')).toBeNull();
    expect(store.getState().progress.size).toBe(1);
  });

  it('HTML in the fields of a valid file is shown as text', async () => {
    const { user } = setup(0);
    const file = JSON.parse(exportFromElsewhere());
    file.appVersion = '<img src=x onerror=alert(1)>';
    await user.upload(fileInput(), jsonFile(JSON.stringify(file), '<b>bold</b>.json'));
    const preview = await screen.findByRole('region', { name: 'Импорт «<b>bold</b>.json»' });
    expect(preview).toHaveTextContent('версия приложения <img src=x onerror=alert(1)>');
    expect(document.querySelector('img, b, [onerror]')).toBeNull();
  });
});

describe('reset', () => {
  it('asks first (focus on Cancel, Escape backs out), then resets with a backup that can be restored', async () => {
    const { store, user } = setup(3);
    const before = new Map(store.getState().progress);
    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс…' }));
    const confirm = screen.getByRole('group', { name: /Удалить прогресс 3 карточек\?/ });
    expect(within(confirm).getByRole('button', { name: 'Отмена' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Сбросить прогресс…' })).toHaveFocus();
    expect(store.getState().progress.size).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс…' }));
    await user.click(screen.getByRole('button', { name: 'Да, сбросить' }));
    expect(store.getState().progress.size).toBe(0);
    expect(screen.getByRole('status')).toHaveTextContent('Прогресс сброшен. Прежний прогресс сохранён в резервной копии.');

    await user.click(screen.getByRole('button', { name: 'Восстановить…' }));
    const preview = await screen.findByRole('region', { name: /^Восстановление копии: .*перед сбросом/ });
    expect(within(preview).getByRole('radio', { name: 'Заменить текущий прогресс' })).toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Применить' }));
    expect(store.getState().progress).toEqual(before);
  });

  it('when no backup can be kept, it waits for a download before resetting without one', async () => {
    const { store, user } = setup(2);
    page.shared.failWith = (key) => (key.startsWith(BACKUP_KEY_PREFIX) ? quotaError() : null);
    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс…' }));
    await user.click(screen.getByRole('button', { name: 'Да, сбросить' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Не удалось сохранить резервную копию в браузере');
    expect(store.getState().progress.size).toBe(2);
    const goOn = screen.getByRole('button', { name: 'Применить без копии в браузере' });
    expect(goOn).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Скачать текущий прогресс' }));
    expect(Object.keys(JSON.parse(await page.downloads[0]!.text()).progress)).toHaveLength(2);
    await user.click(goOn);
    expect(store.getState().progress.size).toBe(0);
  });

  it('with nothing studied there is nothing to reset', async () => {
    const { user } = setup(0);
    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс…' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Прогресса пока нет');
  });
});

describe('backups', () => {
  it('page.downloads a backup and deletes one after confirmation', async () => {
    const { user } = setup(1);
    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс…' }));
    await user.click(screen.getByRole('button', { name: 'Да, сбросить' }));
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: 'Скачать' }));
    expect(page.downloads[0]!.name).toMatch(/^flashcards-backup-reset-/);
    expect(JSON.parse(await page.downloads[0]!.text()).cards.a).toBeDefined();

    await user.click(within(list).getByRole('button', { name: 'Удалить' }));
    expect(screen.getByRole('button', { name: 'Отмена' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Да, удалить' }));
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Резервных копий нет.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Копия удалена.');
  });
});
