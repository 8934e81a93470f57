/**
 * Hash routes (../shared/CONTRACT.md), so any static host serves every screen:
 * `#/` · `#/study` · `#/study/<deckId>` · `#/quiz/<deckId>` · `#/weak` · `#/browse` · `#/stats` · `#/settings`.
 */
export type Route =
  | { name: 'home' }
  | { name: 'study'; deckId?: string }
  | { name: 'quiz'; deckId: string }
  | { name: 'weak' }
  | { name: 'browse' }
  | { name: 'stats' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

/** Parses a location hash such as `#/study/django-orm`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [, first = '', second, ...rest] = path.split('/').map((part) => decodeURIComponent(part));
  if (rest.length > 0) return { name: 'not-found', path };
  switch (first) {
    case '':
      return { name: 'home' };
    case 'study':
      return second ? { name: 'study', deckId: second } : { name: 'study' };
    case 'quiz':
      return second ? { name: 'quiz', deckId: second } : { name: 'not-found', path };
    case 'weak':
    case 'browse':
    case 'stats':
    case 'settings':
      return second === undefined ? { name: first } : { name: 'not-found', path };
    default:
      return { name: 'not-found', path };
  }
}

/** The hash for a route, for links. */
export function hrefFor(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'study':
      return route.deckId ? `#/study/${encodeURIComponent(route.deckId)}` : '#/study';
    case 'quiz':
      return `#/quiz/${encodeURIComponent(route.deckId)}`;
    default:
      return `#/${route.name}`;
  }
}
