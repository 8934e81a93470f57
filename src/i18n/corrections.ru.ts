/**
 * Russian strings of the corrections under an answer (src/components/corrections.tsx). Not in the
 * main catalog: they travel with the component (src/i18n/corrections-catalog.ts);
 * corrections.en.ts must have the same shape.
 */
import type { StaleReason } from '../core/types.ts';

export const correctionsRu = {
  correctionLabel: 'Поправка',
  correctionQuote: 'В заметке:',
  correctionSources: (n: number): string => (n === 1 ? 'Источник:' : 'Источники:'),
  correctionStale: 'возможно, устарела',
  correctionStaleReason: (reason: StaleReason): string =>
    ({
      'quote-missing': 'Цитаты, к которой относится поправка, в ответе больше нет.',
      'answer-changed': 'Ответ изменился после того, как поправку сверили с ним.',
      'not-pinned': 'Поправку ещё не сверили с ответом.',
    })[reason],
  correctionStaleAuthor: 'Автору: проверьте поправку по ответу и запустите npm run pin-corrections.',
  correctionNotShown: 'Поправку не удалось показать: перезагрузите страницу.',
};

export type CorrectionsMessages = typeof correctionsRu;
