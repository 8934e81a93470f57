/** The app frame: language, navigation, storage notices, and the screen for the route. */
import { I18nProvider, useT } from '../i18n/index.ts';
import { HomeScreen } from '../screens/home-screen.tsx';
import { PlaceholderScreen } from '../screens/placeholder-screen.tsx';
import { SettingsScreen } from '../screens/settings-screen.tsx';
import { StudyScreen } from '../screens/study-screen.tsx';
import { StorageNotices } from '../components/storage-notices.tsx';
import { selectHeadlineQuizDeck } from '../store/quiz-selectors.ts';
import { useStore } from '../store/use-store.ts';
import { BrowseScreen, LazyScreen, QuizScreen, WeakScreen } from './lazy-screens.tsx';
import { hrefFor, parseRoute, useHash } from './route.ts';
import type { Route } from './route.ts';

/** The whole app. Expects a StoreProvider above it. */
export function App() {
  const lang = useStore((s) => s.settings.language);
  return (
    <I18nProvider lang={lang}>
      <Frame />
    </I18nProvider>
  );
}

function Frame() {
  const route = parseRoute(useHash());
  return (
    <div className="app">
      <Nav route={route} />
      <StorageNotices />
      <main className="screen">
        <Screen route={route} />
      </main>
    </div>
  );
}

const NAV_ITEMS = [
  { route: { name: 'home' }, label: 'navHome' },
  { route: { name: 'study' }, label: 'navStudy' },
  // Opens the headline quiz (the 50 junior questions); the deck is known only at run time.
  { route: { name: 'quiz', deckId: '' }, label: 'navQuiz' },
  { route: { name: 'weak' }, label: 'navWeak' },
  { route: { name: 'browse' }, label: 'navBrowse' },
  { route: { name: 'stats' }, label: 'navStats' },
  { route: { name: 'settings' }, label: 'navSettings' },
] as const;

function Nav({ route }: { route: Route }) {
  const t = useT();
  const quizDeck = useStore(selectHeadlineQuizDeck);
  // Without any deck there is no quiz to open: home says how to add notes.
  const quizHref = quizDeck ? hrefFor({ name: 'quiz', deckId: quizDeck.id }) : '#/';
  return (
    <nav className="nav" aria-label={t.navLabel}>
      {NAV_ITEMS.map((item) => (
        <a key={item.label} href={item.route.name === 'quiz' ? quizHref : hrefFor(item.route)} aria-current={route.name === item.route.name ? 'page' : undefined}>
          {t[item.label]}
        </a>
      ))}
    </nav>
  );
}

function Screen({ route }: { route: Route }) {
  const t = useT();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'study':
      // A new key per deck starts a fresh session when the route changes.
      return <StudyScreen key={route.deckId ?? ''} deckId={route.deckId ?? null} />;
    case 'settings':
      return <SettingsScreen />;
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
      return <PlaceholderScreen title={t.navStats} />;
    case 'not-found':
      return <PlaceholderScreen title={t.errorNotFound} />;
  }
}
