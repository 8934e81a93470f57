/**
 * The flag and star controls, loaded on demand: they sit below the card, so the first card on
 * #/study need not wait for them (the start-up bundle has a ~90 KB gzip budget).
 */
import { Suspense, lazy } from 'react';

const CardMarksChunk = lazy(() => import('./card-marks.tsx').then((m) => ({ default: m.CardMarks })));

/** CardMarks, lazily; nothing is shown for the moment it loads. */
export function LazyCardMarks({ cardId }: { cardId: string }) {
  return (
    <Suspense fallback={null}>
      <CardMarksChunk cardId={cardId} />
    </Suspense>
  );
}
