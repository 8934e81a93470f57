import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CardView } from '../../src/components/card-view.tsx';
import type { CardViewProps } from '../../src/components/card-view.tsx';
import { PlainAnswerFallback } from '../../src/components/plain-answer.tsx';
import { I18nProvider } from '../../src/i18n/index.ts';

const QUESTION = 'Чем select_related отличается от prefetch_related?';
const ANSWER = [
  '`select_related` делает JOIN, `prefetch_related` — отдельный запрос.',
  '',
  '| Метод | Запросов |',
  '| --- | --- |',
  '| select_related | 1 |',
  '',
  '```',
  'Book.objects.select_related("author")',
  '```',
].join('\n');

function renderCard(props: Partial<CardViewProps> = {}) {
  const onReveal = vi.fn();
  const view = render(<CardView question={QUESTION} answer={ANSWER} revealed={false} onReveal={onReveal} {...props} />);
  return { onReveal, ...view };
}

/** The study screen in miniature: it owns `revealed`, as the real one will. */
function StatefulCard(props: Partial<CardViewProps>) {
  const [revealed, setRevealed] = useState(false);
  return <CardView question={QUESTION} answer={ANSWER} revealed={revealed} onReveal={() => setRevealed(true)} {...props} />;
}

describe('CardView', () => {
  it('shows only the question until revealed', () => {
    renderCard({ label: 'Django ORM' });
    expect(screen.getByTestId('card-question')).toHaveTextContent(QUESTION, { normalizeWhitespace: false });
    expect(screen.getByTestId('card-question').textContent).toBe(QUESTION);
    expect(screen.getByRole('heading', { name: QUESTION })).toBeInTheDocument();
    expect(screen.getByText('Django ORM')).toBeInTheDocument();
    expect(screen.queryByTestId('card-answer')).toBeNull();
    expect(screen.queryByText(/JOIN/)).toBeNull();
  });

  it('has a "Показать ответ" button that names its shortcut', async () => {
    const user = userEvent.setup();
    const { onReveal } = renderCard();
    const button = screen.getByRole('button', { name: /^Показать ответ / });
    expect(button).toHaveAccessibleName('Показать ответ Пробел или Enter');
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Space Enter');
    await user.click(button);
    expect(onReveal).toHaveBeenCalledTimes(1);
  });

  it('reveals when the card itself is tapped', async () => {
    const user = userEvent.setup();
    const { onReveal } = renderCard();
    await user.click(screen.getByTestId('card-question'));
    expect(onReveal).toHaveBeenCalledTimes(1);
  });

  it('shows the rendered answer once revealed, and no reveal button', async () => {
    renderCard({ revealed: true });
    const answer = screen.getByTestId('card-answer');
    expect(screen.queryByRole('button', { name: /^Показать ответ / })).toBeNull();
    // The markdown chunk loads lazily; the table and highlighted code arrive with it.
    const table = await within(answer).findByRole('table');
    expect(within(table).getByRole('cell', { name: 'select_related' })).toBeInTheDocument();
    expect(answer.querySelector('pre[data-language="python"] .token')).not.toBeNull();
    expect(screen.getByTestId('card-question').textContent).toBe(QUESTION);
  });

  it('does not call onReveal again when the revealed card is tapped', async () => {
    const user = userEvent.setup();
    const { onReveal } = renderCard({ revealed: true });
    await user.click(screen.getByTestId('card-question'));
    await user.click(screen.getByTestId('card-answer'));
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('announces the reveal to screen readers and moves focus to the card, question and answer', async () => {
    const user = userEvent.setup();
    render(<StatefulCard />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: /^Показать ответ / }));

    expect(status).toHaveTextContent('Ответ показан');
    const answer = screen.getByTestId('card-answer');
    expect(answer.parentElement).toHaveFocus();
    expect(answer.parentElement).toContainElement(screen.getByTestId('card-question'));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('reveals from the keyboard through the button', async () => {
    const user = userEvent.setup();
    render(<StatefulCard />);
    await user.tab();
    expect(screen.getByRole('button', { name: /^Показать ответ / })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('card-answer')).toBeInTheDocument();
  });

  it('marks a suspect answer, next to the answer only', async () => {
    const { rerender } = renderCard({ suspect: 'ответ про индексы, вопрос про транзакции' });
    expect(screen.queryByText('Ответ может не соответствовать вопросу')).toBeNull();

    rerender(
      <CardView question={QUESTION} answer={ANSWER} revealed onReveal={() => {}} suspect="ответ про индексы, вопрос про транзакции" />,
    );
    const note = within(screen.getByTestId('card-answer')).getByText('Ответ может не соответствовать вопросу');
    expect(note).toBeVisible();
    expect(note).toHaveAttribute('title', 'ответ про индексы, вопрос про транзакции');
    await screen.findByRole('table');
  });

  it('shows no suspect mark when there is no doubt', async () => {
    renderCard({ revealed: true });
    expect(screen.queryByText('Ответ может не соответствовать вопросу')).toBeNull();
    await screen.findByRole('table');
  });

  it('speaks English under an English provider', () => {
    render(
      <I18nProvider lang="en">
        <CardView question="What is a QuerySet?" answer="Lazy." revealed={false} onReveal={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show answer Space or Enter' })).toBeInTheDocument();
  });
});

describe('PlainAnswerFallback', () => {
  it('shows the markdown source as text, elements and all', () => {
    const { container } = render(<PlainAnswerFallback markdown={'**bold**\n<b>x</b>\n```\ncode\n```'} />);
    expect(container.querySelector('b, strong, pre')).toBeNull();
    expect(container.querySelector('p')?.textContent).toBe('**bold**\n<b>x</b>\n```\ncode\n```');
  });
});
