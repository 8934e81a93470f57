/**
 * The screens and parts whose code loads on demand, so that the first screen does not wait for
 * them: the quiz, the weak cards, browse, stats, settings, the notes import and the interview rehearsal, and the storage notices (only when
 * something is wrong with stored data). Each renders in a LazyPart (src/components/lazy-part.tsx).
 *
 * A screen opened from the address bar is loaded by boot before the first render
 * (`loadScreenFor`; its file is already on the way, src/route-files.ts), and then renders at once.
 * Left to React.lazy, it would show the loading line first, and React holds a screen back for
 * 300 ms after a loading line, so it would not flash (docs/performance.md).
 */
import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { Route } from './route.ts';

type LazyScreen<P> = ComponentType<P> & {
  /** Loads the screen's code; once it is in, the screen renders without suspending. */
  load(): Promise<unknown>;
};

function lazyScreen<P extends object>(importScreen: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const load = () =>
    (loading ??= importScreen().then((component) => (loaded = component)).catch((error: unknown) => {
      loading = null; // A later render tries again (and its LazyPart shows the error).
      throw error;
    }));
  // One component type whether or not the code was in first, so React never remounts the screen.
  // Loaded already, the factory hands React a thenable that resolves at once: React.lazy then renders
  // the screen in the same pass instead of suspending.
  const Screen = lazy(() => {
    const component = loaded;
    if (component === null) return load().then((c) => ({ default: c }));
    const resolved = { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: component }) };
    return resolved as unknown as Promise<{ default: ComponentType<P> }>;
  });
  return Object.assign(Screen, { load }) as unknown as LazyScreen<P>;
}

export const QuizScreen = lazyScreen(() => import('../screens/quiz-screen.tsx').then((m) => m.QuizScreen));
export const WeakScreen = lazyScreen(() => import('../screens/weak-screen.tsx').then((m) => m.WeakScreen));
export const BrowseScreen = lazyScreen(() => import('../screens/browse-screen.tsx').then((m) => m.BrowseScreen));
export const StatsScreen = lazyScreen(() => import('../screens/secondary-screens.ts').then((m) => m.StatsScreen));
export const SettingsScreen = lazyScreen(() => import('../screens/secondary-screens.ts').then((m) => m.SettingsScreen));
export const ImportScreen = lazyScreen(() => import('../screens/import-screen.tsx').then((m) => m.ImportScreen));
export const InterviewScreen = lazyScreen(() => import('../screens/interview-screen.tsx').then((m) => m.InterviewScreen));
export const StorageNotices = lazy(() => import('../components/storage-notices.tsx').then((m) => ({ default: m.StorageNotices })));

const SCREENS: Partial<Record<Route['name'], { load(): Promise<unknown> }>> = {
  quiz: QuizScreen,
  weak: WeakScreen,
  browse: BrowseScreen,
  stats: StatsScreen,
  settings: SettingsScreen,
  import: ImportScreen,
  interview: InterviewScreen,
};

/** Loads the code of the route's screen, if it is one that loads on demand. Never rejects: a screen that cannot load says so itself. */
export async function loadScreenFor(route: Route): Promise<void> {
  await SCREENS[route.name]?.load().catch(() => undefined);
}
