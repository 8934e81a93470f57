/**
 * The study screen paints a grade's next card itself, before React renders it (src/screens/study-paint.ts).
 * These tests hold the two to the same page: what the key press painted is what React then renders.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Collection } from '../../src/core/types.ts';
import { StudyScreen } from '../../src/screens/study-screen.tsx';
import { createAppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import { card, renderWith } from '../components/store-harness.tsx';

// Topics that come and go from one card to the next.
const topics: Record<string, string | undefined> = { a: 'QuerySet', b: undefined, c: 'Миграции', d: 'Миграции' };
const collection: Collection = {
  decks: [],
  cards: Object.entries(topics).map(([id, topic]) => ({ ...card(id), ...(topic ? { topic } : {}) })),
  skipped: [],
  warnings: [],
};

function renderStudy() {
  const store = createAppStore({ collection, storage: createPersistence({ storage: null }), now: Date.now(), scheduler: { fuzz: false } });
  renderWith(store, <StudyScreen deckId={null} />);
  return store;
}

/**
 * The study card as seen: header, card and buttons, without what follows a grade a frame later by
 * design (the live regions and words for screen readers, undo, the card's marks), and without the
 * answer's content, which the markdown renderer may replace whenever it arrives (the answer's own
 * attributes stay).
 */
function seen(): string {
  const section = document.querySelector('.study')!.cloneNode(true) as HTMLElement;
  for (const lags of section.querySelectorAll('[role="status"], .study-counts > .sr-only, .study-footer, .card-marks, .card-marks-pending')) lags.remove();
  for (const answer of section.querySelectorAll('.card-answer')) answer.replaceChildren();
  return section.outerHTML;
}

beforeEach(() => {
  // Frames come only when a test says so; timers stay real (React's and user-event's own).
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets the frame after a key press be painted, and the page go idle. */
const nextFrame = () =>
  act(async () => {
    vi.advanceTimersByTime(20);
    await new Promise((idle) => setTimeout(idle, 10));
  });

describe('the study screen paints the next card as React renders it', () => {
  it('after each grade, with the topic line and the counts changing', async () => {
    const user = userEvent.setup();
    renderStudy();
    const undo = screen.getByRole('button', { name: 'Отменить оценку' });

    for (const [grade, next] of [['3', 'Q b'], ['1', 'Q c'], ['4', 'Q d']] as const) {
      await user.keyboard(' ');
      await nextFrame();
      await user.keyboard(grade);
      // Painted by the key press itself: React has not rendered the grade yet (undo is still as it was).
      expect(screen.getByTestId('card-question')).toHaveTextContent(next);
      const painted = seen();
      if (grade === '3') expect(undo).toBeDisabled();

      await nextFrame();
      expect(undo).toBeEnabled();
      expect(seen()).toBe(painted);
    }
  });

  it('when the answer is shown before React has rendered the grade', async () => {
    const user = userEvent.setup();
    renderStudy();
    await user.keyboard(' ');
    await nextFrame();
    await user.keyboard('3 ');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('A b');
    const shown = seen();
    await nextFrame();
    expect(seen()).toBe(shown);
  });

  it('when the grade is taken back before React has rendered it', async () => {
    const user = userEvent.setup();
    renderStudy();
    await user.keyboard(' ');
    await nextFrame();
    await user.keyboard('3z');
    expect(screen.getByTestId('card-question')).toHaveTextContent('Q a');
    expect(screen.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
    const undone = seen();
    await nextFrame();
    expect(seen()).toBe(undone);
  });
});
