/** Settings → «Резервные копии в браузере» lists the backups of every stored value, not only progress. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BackupList } from '../../src/components/backup-list.tsx';
import { storagePage } from '../support/downloads.ts';
import { renderWithStore } from '../support/render.tsx';
import { createTestStore } from '../support/store.ts';
import { NOW } from '../support/time.ts';

const DAMAGED_QUIZ = '{"v":1,"quizzes":[{"deckId":"orm"}],"misses":[]}';
const DAMAGED_FLAGS = '{"v":1,"marks":[["a","flagged"]]}';
const page = storagePage();

describe('the backups list', () => {
  it('regression: shows a damaged quiz and damaged flags, once each after several loads, to download but not to restore', async () => {
    page.shared.data.set('flashcards.quiz', DAMAGED_QUIZ);
    page.shared.data.set('flashcards.flags', DAMAGED_FLAGS);
    createTestStore({ ...page.shared.tab() });
    createTestStore({ ...page.shared.tab(), now: NOW + 60_000 });
    renderWithStore(createTestStore({ ...page.shared.tab(), now: NOW + 120_000 }), <BackupList onRestore={() => undefined} onStatus={() => undefined} />);

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual([
      expect.stringMatching(/повреждённые данные: флажки и звёздочки/),
      expect.stringMatching(/повреждённые данные: тест/),
    ]);
    expect(within(items[1]!).queryByRole('button', { name: 'Восстановить…' })).toBeNull();
    await userEvent.setup().click(within(items[1]!).getByRole('button', { name: 'Скачать' }));
    expect(page.downloads[0]!.name).toMatch(/^flashcards-backup-quiz-damaged-/);
    expect(await page.downloads[0]!.text()).toBe(DAMAGED_QUIZ);
  });
});
