/** English strings of the corrections under an answer; typed against the Russian ones. */
import type { CorrectionsMessages } from './corrections.ru.ts';

export const correctionsEn: CorrectionsMessages = {
  correctionLabel: 'Correction',
  correctionQuote: 'The notes say:',
  correctionSources: (n: number): string => (n === 1 ? 'Source:' : 'Sources:'),
  correctionStale: 'may be out of date',
  correctionStaleReason: (reason) =>
    ({
      'quote-missing': 'The passage this correction is about is no longer in the answer.',
      'answer-changed': 'The answer changed after the correction was checked against it.',
      'not-pinned': 'The correction has not been checked against the answer yet.',
    })[reason],
  correctionStaleAuthor: 'For the author: check the correction against the answer, then run npm run pin-corrections.',
  correctionNotShown: 'The correction could not be shown: reload the page.',
};
