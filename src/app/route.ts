/**
 * Hash routes (docs/contract.md), so any static host serves every screen:
 * `#/` · `#/study` · `#/study/<deckId>` · `#/quiz/<deckId>` · `#/weak` · `#/browse` · `#/stats` · `#/settings` · `#/import` ·
 * `#/interview`.
 * Anything else, a malformed link included, is the not-found route: parsing never throws.
 */
export type Route =
  | { name: 'home' }
  | { name: 'study'; deckId?: string }
  | { name: 'quiz'; deckId: string }
  | { name: 'weak' }
  | { name: 'browse' }
  | { name: 'stats' }
  | { name: 'settings' }
  | { name: 'import' }
  | { name: 'interview' }
  | { name: 'not-found'; path: string };

/** A path segment decoded, or null when it is not valid percent-encoding (`%E0%A4%A`, `%`). */
function decodeSegment(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Parses a location hash such as `#/study/django-orm`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').map(decodeSegment);
  if (parts.includes(null)) return { name: 'not-found', path };
  const [, first = '', second, ...rest] = parts as string[];
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
    case 'import':
    case 'interview':
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
