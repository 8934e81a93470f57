/**
 * The screens and parts whose code loads on demand, so that the first screen does not wait for
 * them: the quiz, the weak cards, browse, stats and settings, and the storage notices (only when
 * something is wrong with stored data). Each renders in a LazyPart (src/components/lazy-part.tsx).
 */
import { lazy } from 'react';

export const QuizScreen = lazy(() => import('../screens/quiz-screen.tsx').then((m) => ({ default: m.QuizScreen })));
export const WeakScreen = lazy(() => import('../screens/weak-screen.tsx').then((m) => ({ default: m.WeakScreen })));
export const BrowseScreen = lazy(() => import('../screens/browse-screen.tsx').then((m) => ({ default: m.BrowseScreen })));
export const StatsScreen = lazy(() => import('../screens/secondary-screens.ts').then((m) => ({ default: m.StatsScreen })));
export const SettingsScreen = lazy(() => import('../screens/secondary-screens.ts').then((m) => ({ default: m.SettingsScreen })));
export const StorageNotices = lazy(() => import('../components/storage-notices.tsx').then((m) => ({ default: m.StorageNotices })));
