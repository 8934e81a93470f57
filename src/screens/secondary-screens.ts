/**
 * Screens that are never on the way to the first card, in one lazily loaded chunk: stats, the
 * interview countdown home shows when a date is set, and settings. One chunk rather than several
 * on purpose: two lazy chunks that share code (the interview date field, the stats selectors) made
 * Rolldown move React, i18n and the store out of the main chunk into common chunks, which cost the
 * first screen 3.6 KB gzip and two more requests (measured with `vite build`).
 */
export { InterviewCountdown } from '../components/interview-countdown.tsx';
export { SettingsScreen } from './settings-screen.tsx';
export { StatsScreen } from './stats-screen.tsx';
