import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CardView } from '../../src/components/card-view.tsx';
import { GradeBar } from '../../src/components/grade-bar.tsx';
import type { Grade } from '../../src/core/types.ts';
import { useStudyKeys } from '../../src/components/use-study-keys.ts';

const INTERVALS: Record<Grade, string> = { again: '<1 мин', hard: '6 мин', good: '10 мин', easy: '4 дн.' };

describe('GradeBar', () => {
  it('shows four grade buttons with their interval and key', () => {
    render(<GradeBar intervals={INTERVALS} onGrade={() => {}} />);
    const group = screen.getByRole('group', { name: 'Насколько легко вспомнилось?' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);

    const again = screen.getByRole('button', { name: /^Снова / });
    expect(again).toHaveAccessibleName('Снова <1 мин 1');
    expect(again).toHaveTextContent('<1 мин');
    expect(screen.getByRole('button', { name: /^Трудно / })).toHaveAccessibleName('Трудно 6 мин 2');
    expect(screen.getByRole('button', { name: /^Хорошо / })).toHaveAccessibleName('Хорошо 10 мин 3');
    expect(screen.getByRole('button', { name: /^Легко / })).toHaveAccessibleName('Легко 4 дн. 4');
  });

  it('grades on click', async () => {
    const user = userEvent.setup();
    const onGrade = vi.fn();
    render(<GradeBar intervals={INTERVALS} onGrade={onGrade} />);
    await user.click(screen.getByRole('button', { name: /^Хорошо / }));
    await user.click(screen.getByRole('button', { name: /^Снова / }));
    expect(onGrade.mock.calls).toEqual([['good'], ['again']]);
  });

  it('does nothing while disabled', async () => {
    const user = userEvent.setup();
    const onGrade = vi.fn();
    render(<GradeBar intervals={INTERVALS} onGrade={onGrade} disabled />);
    await user.click(screen.getByRole('button', { name: /^Легко / }));
    expect(onGrade).not.toHaveBeenCalled();
  });
});

interface HarnessProps {
  onGrade: (grade: Grade) => void;
  onUndo?: () => void;
  onReveal?: () => void;
}

/** A study screen in miniature: card, grade bar, keys, and a few fields to type in. */
function StudyHarness({ onGrade, onUndo, onReveal }: HarnessProps) {
  const [revealed, setRevealed] = useState(false);
  const reveal = () => {
    onReveal?.();
    setRevealed(true);
  };
  const grade = (g: Grade) => {
    onGrade(g);
    setRevealed(false);
  };
  useStudyKeys({ revealed, onReveal: reveal, onGrade: grade, onUndo });
  return (
    <>
      <label>
        Заметка <input />
      </label>
      <label>
        Текст <textarea />
      </label>
      <div role="textbox" aria-label="Редактор" contentEditable suppressContentEditableWarning />
      <CardView question="Что такое N+1?" answer="Лишние запросы." revealed={revealed} onReveal={reveal} />
      {revealed ? <GradeBar intervals={INTERVALS} onGrade={grade} /> : null}
    </>
  );
}

function setup(props: Partial<HarnessProps> = {}) {
  const handlers = { onGrade: vi.fn(), onUndo: vi.fn(), onReveal: vi.fn(), ...props };
  render(<StudyHarness {...handlers} />);
  return { user: userEvent.setup(), ...handlers };
}

describe('study keys', () => {
  it('Space reveals, then 1–4 grade', async () => {
    const { user, onGrade, onReveal } = setup();
    await user.keyboard('3');
    expect(onGrade).not.toHaveBeenCalled();

    await user.keyboard(' ');
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('card-answer')).toBeInTheDocument();

    await user.keyboard('3');
    expect(onGrade).toHaveBeenLastCalledWith('good');
    expect(screen.queryByTestId('card-answer')).toBeNull();

    for (const [key, grade] of [['1', 'again'], ['2', 'hard'], ['4', 'easy']] as const) {
      await user.keyboard('{Enter}');
      await user.keyboard(key);
      expect(onGrade).toHaveBeenLastCalledWith(grade);
    }
    expect(onGrade).toHaveBeenCalledTimes(4);
    expect(onReveal).toHaveBeenCalledTimes(4);
  });

  it('grades from the numpad too', async () => {
    const { user, onGrade } = setup();
    await user.keyboard(' ');
    await user.keyboard('[Numpad2]');
    expect(onGrade).toHaveBeenCalledWith('hard');
  });

  it('Z, Ctrl+Z and Cmd+Z undo', async () => {
    const { user, onUndo } = setup();
    await user.keyboard('z');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(onUndo).toHaveBeenCalledTimes(3);
  });

  it('undoes with the Z key on a Russian layout, where it types "я"', () => {
    const { onUndo } = setup();
    fireEvent.keyDown(document.body, { key: 'я', code: 'KeyZ' });
    fireEvent.keyDown(document.body, { key: 'я', code: 'KeyZ', ctrlKey: true });
    expect(onUndo).toHaveBeenCalledTimes(2);
  });

  it('leaves Ctrl+Shift+Z and Ctrl+1 to the browser', async () => {
    const { user, onUndo, onGrade } = setup();
    await user.keyboard(' ');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await user.keyboard('{Control>}1{/Control}');
    expect(onUndo).not.toHaveBeenCalled();
    expect(onGrade).not.toHaveBeenCalled();
  });

  it('ignores keys typed into an input, a textarea or an editable element', async () => {
    const { user, onGrade, onUndo, onReveal } = setup();
    await user.click(screen.getByRole('textbox', { name: 'Заметка' }));
    await user.keyboard(' z1{Enter}');
    expect(onReveal).not.toHaveBeenCalled();

    // Reveal with the mouse, then type grades where they are text.
    await user.click(screen.getByRole('button', { name: /^Показать ответ / }));
    await user.click(screen.getByRole('textbox', { name: 'Заметка' }));
    await user.keyboard('1234z{Control>}z{/Control}');
    await user.click(screen.getByRole('textbox', { name: 'Текст' }));
    await user.keyboard('1 2\n3');
    await user.click(screen.getByRole('textbox', { name: 'Редактор' }));
    await user.keyboard('4z');

    expect(onGrade).not.toHaveBeenCalled();
    expect(onUndo).not.toHaveBeenCalled();
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('textbox', { name: 'Текст' })).toHaveValue('1 2\n3');
  });

  it('a shortcut does only its own thing: Space does not also scroll the page; other keys keep their default', () => {
    const onReveal = vi.fn();
    function Page() {
      useStudyKeys({ revealed: false, onReveal, onGrade: () => {} });
      return null;
    }
    render(<Page />);
    expect(fireEvent.keyDown(document.body, { key: ' ', code: 'Space' })).toBe(false);
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(fireEvent.keyDown(document.body, { key: 'x', code: 'KeyX' })).toBe(true);
  });

  it('ignores auto-repeat, so holding a key grades once', async () => {
    const onGrade = vi.fn();
    function AlwaysRevealed() {
      useStudyKeys({ revealed: true, onReveal: () => {}, onGrade });
      return null;
    }
    render(<AlwaysRevealed />);
    // Holding "3": one press, then the auto-repeated ones the OS sends.
    fireEvent.keyDown(document.body, { key: '3', code: 'Digit3' });
    fireEvent.keyDown(document.body, { key: '3', code: 'Digit3', repeat: true });
    fireEvent.keyDown(document.body, { key: '3', code: 'Digit3', repeat: true });
    expect(onGrade).toHaveBeenCalledTimes(1);
    // A fresh press counts again.
    await userEvent.setup().keyboard('4');
    expect(onGrade.mock.calls).toEqual([['good'], ['easy']]);
  });

  it('lets a focused button or link keep its own Space and Enter', async () => {
    const user = userEvent.setup();
    const onReveal = vi.fn();
    const onOther = vi.fn();
    function WithOtherControls() {
      useStudyKeys({ revealed: false, onReveal, onGrade: () => {} });
      return (
        <>
          <button type="button" onClick={onOther}>
            Другая кнопка
          </button>
          <a href="#/stats">Статистика</a>
        </>
      );
    }
    render(<WithOtherControls />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Другая кнопка' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    expect(onOther).toHaveBeenCalledTimes(2);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Статистика' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReveal).not.toHaveBeenCalled();

    // With focus back on the page, the same keys reveal.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard(' ');
    expect(onReveal).toHaveBeenCalledTimes(1);
  });

  it('adds one window listener and uses the latest callbacks', async () => {
    const addListener = vi.spyOn(window, 'addEventListener');
    const removeListener = vi.spyOn(window, 'removeEventListener');
    try {
      const first = vi.fn();
      const second = vi.fn();
      function Probe({ onUndo }: { onUndo: () => void }) {
        useStudyKeys({ revealed: true, onReveal: () => {}, onGrade: () => {}, onUndo });
        return null;
      }
      const { rerender, unmount } = render(<Probe onUndo={first} />);
      rerender(<Probe onUndo={() => first()} />);
      rerender(<Probe onUndo={second} />);
      const keydownAdds = () => addListener.mock.calls.filter(([type]) => type === 'keydown').length;
      expect(keydownAdds()).toBe(1);

      await userEvent.setup().keyboard('z');
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledTimes(1);

      unmount();
      expect(removeListener.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
      act(() => {
        fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ' });
      });
      expect(second).toHaveBeenCalledTimes(1);
    } finally {
      addListener.mockRestore();
      removeListener.mockRestore();
    }
  });

  it('Space and Enter take the grade on offer once the answer is shown, only where one is offered', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn();
    function Probe({ accept }: { accept?: () => void }) {
      useStudyKeys({ revealed: true, onReveal: () => {}, onGrade: () => {}, onAccept: accept });
      return null;
    }
    const { rerender } = render(<Probe accept={onAccept} />);
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    expect(onAccept).toHaveBeenCalledTimes(2);
    rerender(<Probe />);
    const space = new KeyboardEvent('keydown', { key: ' ', cancelable: true });
    window.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(false); // nothing on offer: Space keeps scrolling the page
    expect(onAccept).toHaveBeenCalledTimes(2);
  });

  it('does nothing while disabled', async () => {
    const onUndo = vi.fn();
    function Probe() {
      useStudyKeys({ revealed: true, onReveal: () => {}, onGrade: () => {}, onUndo, enabled: false });
      return null;
    }
    render(<Probe />);
    await userEvent.setup().keyboard('z');
    expect(onUndo).not.toHaveBeenCalled();
  });
});
