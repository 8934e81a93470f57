/**
 * The study screen's fast path: the part of the screen that changes from one card to the next,
 * written straight into the DOM that React rendered.
 *
 * A grade's next card must reach the screen in the frame after the key press. React would render
 * and commit the whole study card for it, which is most of that key press's cost at 10,000 cards
 * (README, "Speed"). So on a grade the screen paints the next card here, and React renders it
 * after that frame (study-screen.tsx). React writes the very same values then, because this file
 * mirrors what the components render (CardView, GradeBar and the study header) for those nodes;
 * tests/screens/study-paint.test.tsx checks that the two agree, node for node.
 *
 * Only text and the attributes React sets from `revealed` are written; no node is added or
 * removed, so React's hold on its nodes is never disturbed. A node written here is always written
 * with the store's latest state, as React's render is, so whichever writes last, they agree.
 */
import type { QueueCounts } from '../core/queue.ts';

/** What the fast path shows: the card on screen and the session's counts. */
export interface StudyPaint {
  question: string;
  /** The card's topic line; none hides it. */
  label: string | undefined;
  revealed: boolean;
  counts: QueueCounts;
}

/** As React does: a lone text node keeps its node and takes the new text (cheaper than replacing it). */
function setText(el: Element | null, text: string): void {
  if (el === null) return;
  const only = el.firstChild;
  if (only !== null && only === el.lastChild && only.nodeType === Node.TEXT_NODE) {
    if (only.nodeValue !== text) only.nodeValue = text;
  } else if (el.textContent !== text) {
    el.textContent = text;
  }
}

function setHidden(el: HTMLElement | null, hidden: boolean): void {
  if (el !== null && el.hidden !== hidden) el.hidden = hidden;
}

/**
 * Writes `view` into the study section rendered by StudyCard. Returns false, having written
 * nothing, when `section` is not that screen (the question is missing). What only screen readers
 * get (the live regions, the counts in words) is left to React's render, a frame later.
 */
export function paintStudyCard(section: HTMLElement, view: StudyPaint): boolean {
  const question = section.querySelector<HTMLElement>('.card-question');
  if (question === null) return false;
  const { revealed, counts } = view;
  setText(question, view.question);

  const card = question.parentElement!;
  const cardClass = revealed ? 'card' : 'card card--hidden-answer';
  if (card.className !== cardClass) card.className = cardClass;
  const label = card.querySelector<HTMLElement>('.card-label');
  setText(label, view.label ?? '');
  setHidden(label, !view.label);

  const answer = card.querySelector<HTMLElement>('.card-answer');
  if (answer !== null) {
    setHidden(answer, !revealed);
    if (revealed) answer.dataset.testid = 'card-answer';
    else delete answer.dataset.testid;
  }
  setHidden(section.querySelector<HTMLElement>('.reveal-button'), revealed);
  setHidden(section.querySelector<HTMLElement>('.grade-bar'), !revealed);

  setText(section.querySelector('.count-new'), String(counts.new));
  setText(section.querySelector('.count-learning'), String(counts.learning));
  setText(section.querySelector('.count-due'), String(counts.review));
  return true;
}
