/**
 * A card's corrections in the app, under the author's answer once it is shown: in study, in a quiz,
 * in a list of answers (weak cards, quiz results), and in browse's card view, which also lists the
 * build's remarks on the card's code and names for the author.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerDetails } from '../../src/components/answer-details.tsx';
import type { Collection } from '../../src/core/types.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';
import { correction } from '../support/content.ts';

afterEach(() => {
  window.location.hash = '';
});

function notesWithRemarks(): Collection {
  const collection = makeCollection([
    makeCard('csrf', { deck: 'django', question: 'Как освободить вьюху от CSRF?', answer: 'Декоратор `csrf_except`.', corrections: [correction({ text: 'Декоратор — `csrf_exempt`.' })] }),
    makeCard('orm', { deck: 'django', question: 'Что такое ORM?', answer: 'Объектно-реляционное отображение.' }),
  ]);
  collection.warnings = [
    {
      kind: 'identifier',
      cardId: 'csrf',
      file: 'content/django.md',
      line: 12,
      message: '`csrf_except` is not a name Django, DRF, Flask or Python documents: did you mean `csrf_exempt`?',
      suggestion: 'csrf_exempt',
    },
    { kind: 'code', cardId: 'csrf', file: 'content/django.md', line: 14, message: '`(` is never closed' },
    { kind: 'mismatch', cardId: 'orm', file: 'content/django.md', line: 20, message: 'Что такое ORM? — the answer shares almost no key words with the question' },
  ];
  return collection;
}

async function openDetail(question: RegExp) {
  const user = userEvent.setup();
  renderApp('#/browse', { collection: notesWithRemarks() });
  await screen.findByRole('searchbox');
  const row = screen.getAllByTestId('browse-row').find((r) => question.test(r.textContent ?? ''))!;
  const toggle = within(row).getByRole('button', { name: question });
  await user.click(toggle);
  return document.getElementById(toggle.getAttribute('aria-controls')!)!;
}

describe("browse's card view", () => {
  it('shows the card’s corrections under its answer', async () => {
    const detail = await openDetail(/CSRF/);
    const note = within(detail).getByRole('note', { name: 'Поправка' });
    expect(await within(note).findByText('csrf_exempt', { selector: 'code' })).toBeInTheDocument();
  });

  it("lists the build's remarks on the card's code and names, with where they are in the notes", async () => {
    const detail = await openDetail(/CSRF/);
    expect(within(detail).getByRole('heading', { name: 'Замечания к заметке' })).toBeInTheDocument();
    const items = within(detail).getAllByRole('listitem').filter((li) => /content\/django\.md:\d+/.test(li.textContent ?? ''));
    expect(items.map((li) => li.textContent)).toEqual([
      'csrf_except is not a name Django, DRF, Flask or Python documents: did you mean csrf_exempt? content/django.md:12',
      '( is never closed content/django.md:14',
    ]);
    expect(within(items[0]!).getByText('csrf_exempt', { selector: 'code' })).toBeInTheDocument();
  });

  it('shows no remarks for a card without any (its audit doubt shows above the answer instead)', async () => {
    const detail = await openDetail(/ORM/);
    expect(within(detail).queryByRole('heading', { name: 'Замечания к заметке' })).not.toBeInTheDocument();
    expect(within(detail).queryByTestId('correction')).not.toBeInTheDocument();
  });
});

describe('a quiz', () => {
  it('shows the corrections under the answer once it is revealed', async () => {
    const user = userEvent.setup();
    renderApp('#/quiz/django', { collection: notesWithRemarks() });
    await user.click(await screen.findByRole('button', { name: 'Начать тест' }));
    expect(screen.getByTestId('card-question')).toHaveTextContent('Как освободить вьюху от CSRF?');
    expect(screen.queryByTestId('correction')).not.toBeInTheDocument();
    await user.keyboard(' ');
    const note = await screen.findByTestId('correction');
    expect(await within(note).findByText('csrf_exempt', { selector: 'code' })).toBeInTheDocument();
  });
});

describe('study', () => {
  it('shows the corrections under the author’s answer once it is revealed, never before', async () => {
    const user = userEvent.setup();
    renderApp('#/study/django', { collection: notesWithRemarks() });
    expect(screen.getByTestId('card-question')).toHaveTextContent('Как освободить вьюху от CSRF?');
    expect(screen.queryByTestId('correction')).not.toBeInTheDocument();
    await user.keyboard(' ');
    const answer = screen.getByTestId('card-answer');
    const note = within(answer).getByRole('note', { name: 'Поправка' });
    expect(await within(note).findByText('csrf_exempt', { selector: 'code' })).toBeInTheDocument();
    expect(within(note).getByRole('link', { name: 'docs.djangoproject.com/en/5.2/topics/http/middleware' })).toHaveAttribute('target', '_blank');
    // The author's answer comes first, the correction under it.
    expect(answer.textContent!.indexOf('csrf_except')).toBeLessThan(answer.textContent!.indexOf('Поправка'));
  });
});

describe('an answer opened in a list (weak cards, quiz results)', () => {
  it('shows the corrections under it', async () => {
    const user = userEvent.setup();
    render(<AnswerDetails summary="Показать ответ" answer="Декоратор `csrf_except`." corrections={[correction({ text: 'Декоратор — `csrf_exempt`.' })]} />);
    expect(screen.queryByTestId('correction')).not.toBeInTheDocument();
    await user.click(screen.getByText('Показать ответ'));
    expect(await within(screen.getByRole('note', { name: 'Поправка' })).findByText('csrf_exempt', { selector: 'code' })).toBeInTheDocument();
  });
});
