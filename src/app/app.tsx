/** The app frame: language, theme, navigation, notices, and the screen for the route. */
import { Suspense, lazy, useEffect } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { I18nProvider, useT } from '../i18n/index.ts';
import { HomeScreen } from '../screens/home-screen.tsx';
import { PlaceholderScreen } from '../screens/placeholder-screen.tsx';
import { StudyScreen } from '../screens/study-screen.tsx';
import { ChunkBoundary } from '../components/chunk-boundary.tsx';
import { AnswersStatus } from '../components/lazy-markdown-answer.tsx';
import { UpdatePrompt } from '../components/update-prompt.tsx';
import { selectHeadlineQuizDeck } from '../store/quiz-selectors.ts';
import { useStore } from '../store/use-store.ts';
import { BrowseScreen, LazyScreen, QuizScreen, WeakScreen } from './lazy-screens.tsx';
import { NAV_ITEMS, navHref } from './nav-items.ts';
import { parseRoute } from './route.ts';
import { useHash } from './use-hash.ts';
import type { Route } from './route.ts';
import { applyUpdate, postponeUpdate, useUpdateWaiting } from './service-worker.ts';
import { applyTheme } from './theme.ts';

// Only when something is wrong with stored data: the notices and their strings load then.
const StorageNotices = lazy(() => import('../components/storage-notices.tsx').then((m) => ({ default: m.StorageNotices })));

// Not on the way to the first card: their code (charts, forecasts, forms) loads when one is opened.
const StatsScreen = lazy(() => import('../screens/secondary-screens.ts').then((m) => ({ default: m.StatsScreen })));
const SettingsScreen = lazy(() => import('../screens/secondary-screens.ts').then((m) => ({ default: m.SettingsScreen })));

/** The whole app. Expects a StoreProvider above it. */
export function App() {
  const lang = useStore((s) => s.settings.language);
  const theme = useStore((s) => s.settings.theme);
  // Keep `<html data-theme>` equal to the setting (main.tsx sets it before the first paint).
  useEffect(() => applyTheme(theme), [theme]);
  const answers = useStore((s) => s.answers);
  return (
    <I18nProvider lang={lang}>
      <AnswersStatus.Provider value={answers}>
        <Frame />
      </AnswersStatus.Provider>
    </I18nProvider>
  );
}

function Frame() {
  const t = useT();
  const route = parseRoute(useHash());
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToContent}
      </a>
      <Nav route={route} />
      <Notices />
      <UpdatePrompt waiting={useUpdateWaiting()} onReload={applyUpdate} onLater={postponeUpdate} />
      <main className="screen" id="main" tabIndex={-1}>
        <Screen route={route} />
      </main>
    </div>
  );
}

function Notices() {
  const any = useStore((s) => s.notices.length > 0);
  if (!any) return null;
  return (
    <ChunkBoundary>
      <Suspense fallback={null}>
        <StorageNotices />
      </Suspense>
    </ChunkBoundary>
  );
}

/** Hash routing owns the URL hash, so the skip link moves focus itself instead of navigating. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function Nav({ route }: { route: Route }) {
  const t = useT();
  const quizDeck = useStore(selectHeadlineQuizDeck);
  return (
    <nav className="nav" aria-label={t.navLabel}>
      {NAV_ITEMS.map((item) => (
        <a key={item.label} href={navHref(item, quizDeck?.id ?? null)} aria-current={route.name === item.route.name ? 'page' : undefined}>
          {t[item.label]}
        </a>
      ))}
    </nav>
  );
}

function Screen({ route }: { route: Route }) {
  const t = useT();
  // Every screen but study needs the scheduler's engine, which loads just after the first card
  // (main.tsx waits for it before the first render on any other route).
  const engine = useStore((s) => s.schedulerLoaded);
  if (!engine && route.name !== 'study') return <p>{t.loading}</p>;
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'study':
      // A new key per deck starts a fresh session when the route changes.
      return <StudyScreen key={route.deckId ?? ''} deckId={route.deckId ?? null} />;
    case 'settings':
      return (
        <Lazy>
          <SettingsScreen />
        </Lazy>
      );
    case 'quiz':
      return (
        <LazyScreen>
          <QuizScreen key={route.deckId} deckId={route.deckId} />
        </LazyScreen>
      );
    case 'weak':
      return (
        <LazyScreen>
          <WeakScreen />
        </LazyScreen>
      );
    case 'browse':
      return (
        <LazyScreen>
          <BrowseScreen />
        </LazyScreen>
      );
    case 'stats':
      return (
        <Lazy>
          <StatsScreen />
        </Lazy>
      );
    case 'not-found':
      return <PlaceholderScreen title={t.errorNotFound} />;
  }
}

/** A lazily loaded screen: a loading line while it arrives, a message if it cannot. */
function Lazy({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <ChunkBoundary>
      <Suspense fallback={<p>{t.loading}</p>}>{children}</Suspense>
    </ChunkBoundary>
  );
}
