/**
 * No raw HTML from the notes reaches the DOM: a card parsed from hostile notes is rendered through
 * the real card view and answer renderer. (Imported files: progress-data-section.test.tsx; the
 * built app under its Content-Security-Policy: tests/e2e/csp.spec.ts.)
 */
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CardView } from '../../src/components/card-view.tsx';
import { parseNotes } from '../../src/core/parse-notes.ts';

const NOTES = [
  '# Безопасность',
  '',
  '## Что делает <img src=x onerror="window.hacked=1"> в вопросе?',
  '',
  'Ответ с <script>window.hacked = 2</script> внутри.',
  '',
  '<img src="x" onerror="window.hacked = 3">',
  '',
  '[ссылка-скрипт](javascript:window.hacked=4) и <a href="javascript:window.hacked=5">сырая ссылка</a>',
  '',
  '[документация Django](https://docs.djangoproject.com/)',
  '',
].join('\n');

describe('cards from hostile notes', () => {
  const { cards } = parseNotes({ path: 'content/hostile.md', text: NOTES });
  const card = cards[0]!;

  it('the parser keeps the HTML as text in the card', () => {
    expect(card.question).toContain('<img src=x onerror="window.hacked=1">');
    expect(card.answer).toContain('<script>');
  });

  it('render as text: no script, no image, no javascript: link; external links open safely', async () => {
    const { container } = render(<CardView question={card.question} answer={card.answer} revealed onReveal={() => undefined} />);
    // Wait for the markdown renderer (a lazy chunk) to replace the plain-text fallback.
    await waitFor(() => expect(container.querySelector('.markdown:not(.markdown--plain)')).not.toBeNull());
    expect(screen.getByTestId('card-question')).toHaveTextContent('<img src=x onerror="window.hacked=1">');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('<script>window.hacked = 2</script>');
    expect(container.querySelector('script, img, iframe, [onerror]')).toBeNull();
    expect(container.querySelector('[href^="javascript" i]')).toBeNull();
    expect(screen.getByText('ссылка-скрипт')).toBeInTheDocument();
    const docs = screen.getByRole('link', { name: 'документация Django' });
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
    expect(docs).toHaveAttribute('target', '_blank');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect((window as { hacked?: unknown }).hacked).toBeUndefined();
  });
});
