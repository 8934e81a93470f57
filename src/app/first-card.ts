/**
 * The first card on #/study, painted without React: the "render the first card's plain text
 * at once". React and the app's components (~70 kB gzip) load right after this paint and replace it
 * with the same page (src/app/mount.tsx), so the learner reads the first question while they load.
 *
 * The markup is the study screen's as React renders it before the answer is shown (app.tsx's frame,
 * study-screen.tsx, card-view.tsx, undo-button.tsx, lazy-card-marks.tsx), with the same classes, so
 * the page does not move when React takes over; tests/e2e/first-card.spec.ts checks that it does not.
 * Until then, Space, Enter or a tap on the card or its button is kept and shows the answer as soon
 * as the app is in.
 */
import type { PeekedSession } from '../core/peek-session.ts';
import type { Messages } from '../i18n/ru.ts';
import { NAV_ITEMS, navHref } from './nav-items.ts';

type Child = Node | string | null;

function el(tag: string, attrs: Readonly<Record<string, string>>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

export interface FirstCard {
  /** Whether the learner asked for the answer before the app was in. */
  revealRequested(): boolean;
  /** Stop listening; the app's own keys take over. */
  release(): void;
}

/**
 * Paints the study screen's first card into `root`: `card` is the session's first (peekSession or
 * the start snapshot), `quizDeck` the deck the navigation's quiz link opens (headlineQuizDeck).
 */
export function paintFirstCard(root: HTMLElement, card: PeekedSession, quizDeck: string | null, t: Messages, title: string | null): FirstCard {
  const { new: fresh, learning, review } = card.remaining;

  const nav = el(
    'nav',
    { class: 'nav', 'aria-label': t.navLabel },
    ...NAV_ITEMS.map((item) => el('a', { href: navHref(item, quizDeck), ...(item.route.name === 'study' ? { 'aria-current': 'page' } : {}) }, t[item.label])),
  );
  const reveal = el(
    'button',
    { type: 'button', class: 'reveal-button', 'aria-labelledby': 'first-reveal', 'aria-describedby': 'first-reveal-keys', 'aria-keyshortcuts': 'Space Enter' },
    el('span', { id: 'first-reveal' }, t.showAnswer),
    el('kbd', { id: 'first-reveal-keys', class: 'key-hint' }, t.showAnswerKeys),
  );
  const cardBox = el(
    'div',
    { class: 'card card--hidden-answer' },
    el('p', { class: 'card-label', ...(card.topic ? {} : { hidden: '' }) }, card.topic ?? ''),
    el('h2', { class: 'card-question', 'data-testid': 'card-question', tabindex: '-1' }, card.question),
  );
  const undo = el(
    'button',
    { type: 'button', class: 'link-button', disabled: '', 'aria-labelledby': 'first-undo', 'aria-describedby': 'first-undo-keys', 'aria-keyshortcuts': 'Z Control+Z' },
    el('span', { id: 'first-undo' }, t.undo),
    ' ',
    el('kbd', { 'aria-hidden': 'true' }, 'Z'),
    el('span', { id: 'first-undo-keys', class: 'sr-only' }, t.undoKeys),
  );
  const study = el(
    'section',
    { class: 'study', 'aria-label': title ?? t.studyAll },
    el(
      'header',
      { class: 'study-header' },
      el('h1', { class: 'study-title' }, title ?? t.studyAll),
      el(
        'p',
        { class: 'study-counts', 'aria-label': t.studyProgressLabel },
        el('span', { class: 'count-new' }, String(fresh)),
        ' · ',
        el('span', { class: 'count-learning' }, String(learning)),
        // Two text nodes, as React writes `·{' '}`: text shaping differs by a subpixel otherwise.
        ' ·',
        ' ',
        el('span', { class: 'count-due' }, String(review)),
        el('span', { class: 'sr-only' }, t.studyCounts(fresh, learning, review)),
      ),
    ),
    el('section', { class: 'card-view', 'aria-label': t.question }, cardBox, reveal, el('p', { class: 'sr-only', role: 'status' })),
    el('div', { class: 'card-marks-pending', 'aria-hidden': 'true' }),
    el('footer', { class: 'study-footer' }, undo, el('p', { class: 'key-help' }, t.keyboardHelp)),
  );
  const skip = el('a', { class: 'skip-link', href: '#main' }, t.skipToContent);
  // As app.tsx's: hash routing owns the hash, so the skip link moves focus itself.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  });
  root.replaceChildren(
    el(
      'div',
      { class: 'app' },
      skip,
      nav,
      el('div', { role: 'status', class: 'update-status' }),
      el('main', { class: 'screen', id: 'main', tabindex: '-1' }, study, el('p', { class: 'sr-only', role: 'status' })),
    ),
  );

  let requested = false;
  const ask = (): void => {
    requested = true;
    reveal.setAttribute('aria-busy', 'true');
  };
  const onKey = (event: KeyboardEvent): void => {
    if ((event.key === ' ' || event.key === 'Enter') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      ask();
    }
  };
  window.addEventListener('keydown', onKey);
  reveal.addEventListener('click', ask);
  cardBox.addEventListener('click', ask);
  return {
    revealRequested: () => requested,
    release: () => window.removeEventListener('keydown', onKey),
  };
}
