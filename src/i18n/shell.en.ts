/** English strings for the app shell: loading, the update offer, accessibility announcements. */
import { formatRelative } from './format.ts';
import type { ShellMessages } from './shell.ru.ts';

export const shellEn: ShellMessages = {
  loading: 'Loading…',
  skipToContent: 'Skip to content',
  errorCardsLoad: 'The cards could not be loaded. Your progress in this browser is safe: check your connection and reload the page.',
  errorAnswersLoad: 'The answers could not be loaded. Reload the page: your progress is saved.',

  interviewSetDate: 'Set your interview date',

  updateAvailable: 'A new version with updated cards is available. Your progress is kept.',
  updateReload: 'Reload',
  updateLater: 'Later',

  gradeAnnouncement: (grade: string, msFromNow: number): string => `“${grade}”: the card comes back ${formatRelative(msFromNow, 'en')}`,
};
