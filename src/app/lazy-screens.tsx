/**
 * Screens loaded on demand, so they do not weigh on the first card on #/study (a ~90 KB gzip
 * budget): the quiz, the weak cards and browse. If a chunk cannot load (offline, a new deploy),
 * the screen says so and offers a reload, instead of going blank.
 */
import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { ChunkBoundary } from '../components/chunk-boundary.tsx';
import { useT } from '../i18n/index.ts';

export const QuizScreen = lazy(() => import('../screens/quiz-screen.tsx').then((m) => ({ default: m.QuizScreen })));
export const WeakScreen = lazy(() => import('../screens/weak-screen.tsx').then((m) => ({ default: m.WeakScreen })));
export const BrowseScreen = lazy(() => import('../screens/browse-screen.tsx').then((m) => ({ default: m.BrowseScreen })));

/** In place of a whole screen: a heading, what happened, and a reload. */
function ChunkError() {
  const t = useT();
  return (
    <section role="alert">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorChunkLoad}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t.errorReload}
      </button>
    </section>
  );
}

/** A lazily loaded screen, with nothing shown for the moment it loads and a message if it cannot. */
export function LazyScreen({ children }: { children: ReactNode }) {
  return (
    <ChunkBoundary fallback={<ChunkError />}>
      <Suspense fallback={null}>{children}</Suspense>
    </ChunkBoundary>
  );
}
