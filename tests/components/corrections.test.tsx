import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corrections, readableUrl } from '../../src/components/corrections.tsx';
import { preloadMarkdownAnswer } from '../../src/components/lazy-markdown-answer.tsx';
import { QuizCard } from '../../src/components/quiz-card.tsx';
import { I18nProvider } from '../../src/i18n/index.ts';
import { correction } from '../support/content.ts';

const quoted = correction({
  quote: 'объект с методами `process_request` и `process_response`',
  sources: ['https://docs.djangoproject.com/en/5.2/topics/http/middleware/#writing-your-own-middleware', 'https://docs.djangoproject.com/en/5.2/releases/2.0/'],
});

// The renderer is a lazy chunk; loaded once here, so each test waits for React, not for the import.
beforeAll(async () => {
  await preloadMarkdownAnswer();
}, 60_000);

describe('a card’s corrections', () => {
  it('shows each as a note labelled Поправка, its text rendered as markdown, never as raw markdown', async () => {
    const { container } = render(<Corrections corrections={[quoted, correction({ text: 'Вторая.', source: { file: 'x', line: 9 } })]} />);
    // Before the renderer is in, nothing of the text shows: never `**фабрика**`.
    expect(container.textContent).not.toContain('**');
    const notes = screen.getAllByRole('note', { name: 'Поправка' });
    expect(notes).toHaveLength(2);
    expect(screen.getAllByTestId('correction')).toEqual(notes);
    expect(await within(notes[0]!).findByText('фабрика', { selector: 'strong' })).toBeInTheDocument();
    expect(await within(notes[1]!).findByText('Вторая.')).toBeInTheDocument();
    expect(container.textContent).not.toContain('**');
  });

  it('quotes the passage of the notes it corrects', async () => {
    render(<Corrections corrections={[quoted]} />);
    const note = screen.getByRole('note');
    expect(await within(note).findByText('process_request', { selector: 'code' })).toBeInTheDocument();
    expect(note).toHaveTextContent('В заметке: «объект с методами process_request и process_response»');
  });

  it('links its sources by host and path, in a new tab without an opener, reachable by Tab', async () => {
    const user = userEvent.setup();
    render(<Corrections corrections={[quoted]} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'docs.djangoproject.com/en/5.2/topics/http/middleware#writing-your-own-middleware',
      'docs.djangoproject.com/en/5.2/releases/2.0',
    ]);
    expect(links[0]).toHaveAttribute('href', quoted.sources[0]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.tab();
    expect(links[1]).toHaveFocus();
    expect(screen.getByText('Источники:')).toBeInTheDocument();
  });

  it('marks one that may be out of date, and tells the author why when asked', async () => {
    const user = userEvent.setup();
    render(<Corrections corrections={[correction({ stale: true, staleReasons: ['quote-missing', 'answer-changed'] })]} />);
    const mark = screen.getByText('возможно, устарела');
    expect(screen.getByText('Ответ изменился после того, как поправку сверили с ним.')).not.toBeVisible();
    await user.tab();
    expect(mark).toHaveFocus();
    // jsdom does not open a <details> on Enter as browsers do; a click is the same activation.
    await user.click(mark);
    expect(screen.getByText('Цитаты, к которой относится поправка, в ответе больше нет.')).toBeVisible();
    expect(screen.getByText('Ответ изменился после того, как поправку сверили с ним.')).toBeVisible();
    expect(screen.getByText(/npm run pin-corrections/)).toBeVisible();
  });

  it('renders nothing when the card has none', () => {
    const { container } = render(<Corrections corrections={undefined} />);
    expect(container).toBeEmptyDOMElement();
    render(<Corrections corrections={[]} />);
    expect(screen.queryByTestId('correction')).not.toBeInTheDocument();
  });

  it('speaks English in the English interface', async () => {
    render(
      <I18nProvider lang="en">
        <Corrections corrections={[{ ...quoted, stale: true, staleReasons: ['not-pinned'] }]} />
      </I18nProvider>,
    );
    expect(screen.getByRole('note', { name: 'Correction' })).toHaveTextContent('The notes say:');
    expect(screen.getByText('may be out of date')).toBeInTheDocument();
    expect(screen.getByText('Sources:')).toBeInTheDocument();
  });

  it('passes axe', async () => {
    const { container } = render(
      <main>
        <Corrections corrections={[quoted, correction({ stale: true, staleReasons: ['not-pinned'], source: { file: 'x', line: 2 } })]} />
      </main>,
    );
    await screen.findAllByText('фабрика', { selector: 'strong' });
    // Colours cannot be computed in jsdom; the browser suite checks contrast.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe('readable source links', () => {
  it('are host and path, decoded, without a trailing slash', () => {
    expect(readableUrl('https://docs.djangoproject.com/en/5.2/topics/cache/')).toBe('docs.djangoproject.com/en/5.2/topics/cache');
    expect(readableUrl('https://django.fun/ru/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D0%B8/')).toBe('django.fun/ru/статьи');
    expect(readableUrl('https://flask.palletsprojects.com/')).toBe('flask.palletsprojects.com');
  });
});

describe('regressions', () => {
  it('an answer rendered after a correction left while its text was loading does not hang', async () => {
    const first = render(<Corrections corrections={[quoted]} />);
    first.unmount();
    // Between two screens, the chunk's promise settles with no one left waiting on it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    render(<QuizCard question="Вопрос?" answer="Ответ с `кодом`." onReveal={() => {}} revealed />);
    expect(await screen.findByText('кодом', { selector: 'code' })).toBeInTheDocument();
  });
});

describe('in a quiz', () => {
  it('shows the corrections under the answer once it is revealed, not before', async () => {
    const props = { question: 'Что такое Middleware?', answer: 'Объект с `process_request`.', onReveal: () => {}, corrections: [quoted] };
    const { rerender } = render(<QuizCard {...props} revealed={false} />);
    expect(screen.queryByTestId('correction')).not.toBeInTheDocument();
    rerender(<QuizCard {...props} revealed />);
    const note = screen.getByTestId('correction');
    expect(screen.getByTestId('card-answer')).toContainElement(note);
    expect(await within(note).findByText('фабрика', { selector: 'strong' })).toBeInTheDocument();
  });
});
