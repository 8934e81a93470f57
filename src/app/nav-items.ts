/** The navigation's links (app.tsx). */
import { hrefFor } from './route.ts';

export const NAV_ITEMS = [
  { route: { name: 'home' }, label: 'navHome' },
  { route: { name: 'study' }, label: 'navStudy' },
  // Opens the headline quiz (the 50 junior questions); the deck is known only at run time.
  { route: { name: 'quiz', deckId: '' }, label: 'navQuiz' },
  { route: { name: 'weak' }, label: 'navWeak' },
  { route: { name: 'browse' }, label: 'navBrowse' },
  { route: { name: 'stats' }, label: 'navStats' },
  { route: { name: 'settings' }, label: 'navSettings' },
] as const;

export type NavItem = (typeof NAV_ITEMS)[number];

/** A link's target; the quiz link opens the deck `quizDeckId` (without any deck there is no quiz: home says how to add notes). */
export function navHref(item: NavItem, quizDeckId: string | null): string {
  if (item.route.name !== 'quiz') return hrefFor(item.route);
  return quizDeckId === null ? '#/' : hrefFor({ name: 'quiz', deckId: quizDeckId });
}
