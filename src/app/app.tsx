/** The app frame: language, theme, navigation, notices, and the screen for the route. */
import { useEffect } from 'react';
import type { MouseEvent } from 'react';
import { ErrorBoundary, PartFailed } from '../components/error-boundary.tsx';
import { LazyPart } from '../components/lazy-part.tsx';
import { useFileDrop } from '../components/dropped-files.ts';
import { AnswersStatus } from '../components/lazy-markdown-answer.tsx';
import { UpdatePrompt } from '../components/update-prompt.tsx';
import { I18nProvider, useT } from '../i18n/index.ts';
import { HomeScreen } from '../screens/home-screen.tsx';
import { NotFoundScreen } from '../screens/not-found-screen.tsx';
import { StudyScreen } from '../screens/study-screen.tsx';
import { selectHeadlineQuizDeck } from '../store/quiz-selectors.ts';
import { useStore } from '../store/use-store.ts';
import { BrowseScreen, ImportScreen, InterviewScreen, QuizScreen, SettingsScreen, StatsScreen, StorageNotices, WeakScreen } from './lazy-screens.tsx';
import { NAV_ITEMS, navHref } from './nav-items.ts';
import { parseRoute } from './route.ts';
import type { Route } from './route.ts';
import { applyTheme } from './theme.ts';
import { applyUpdate, postponeUpdate, useUpdateWaiting } from './update-offer.ts';
import { useHash } from './use-hash.ts';

/** The whole app. Expects a StoreProvider above it. */
export function App() {
  const lang = useStore((s) => s.settings.language);
  const theme = useStore((s) => s.settings.theme);
  // Keep `<html data-theme>` equal to the setting (boot sets it before the first paint).
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
  const hash = useHash();
  const route = parseRoute(hash);
  useFileDrop();
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToContent}
      </a>
      <Nav route={route} />
      <Notices />
      <UpdatePrompt waiting={useUpdateWaiting()} onReload={applyUpdate} onLater={postponeUpdate} />
      <main className="screen" id="main" tabIndex={-1}>
        {/* Keyed on the route: a screen that failed is tried again when the learner moves on. */}
        <ErrorBoundary key={hash} fallback={(error) => <PartFailed error={error} heading />}>
          <Screen route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

function Notices() {
  const any = useStore((s) => s.notices.length > 0);
  if (!any) return null;
  return (
    <LazyPart quiet>
      <StorageNotices />
    </LazyPart>
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
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'study':
      // A new key per deck starts a fresh session when the route changes.
      return <StudyScreen key={route.deckId ?? ''} deckId={route.deckId ?? null} />;
    case 'quiz':
      return (
        <LazyPart>
          <QuizScreen key={route.deckId} deckId={route.deckId} />
        </LazyPart>
      );
    case 'weak':
      return (
        <LazyPart>
          <WeakScreen />
        </LazyPart>
      );
    case 'browse':
      return (
        <LazyPart>
          <BrowseScreen />
        </LazyPart>
      );
    case 'stats':
      return (
        <LazyPart>
          <StatsScreen />
        </LazyPart>
      );
    case 'settings':
      return (
        <LazyPart>
          <SettingsScreen />
        </LazyPart>
      );
    case 'import':
      return (
        <LazyPart>
          <ImportScreen />
        </LazyPart>
      );
    case 'interview':
      return (
        <LazyPart>
          <InterviewScreen />
        </LazyPart>
      );
    case 'not-found':
      return <NotFoundScreen />;
  }
}
