/**
 * The flag and star controls, loaded on demand once the first card is painted: they sit below the
 * card, so the first card on #/study need not wait for them (the start-up bundle has a ~90 KB gzip
 * budget). Until they are in, an empty row of their height holds their place, so nothing moves.
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint.ts';

const CardMarksChunk = lazy(() => import('./card-marks.tsx').then((m) => ({ default: m.CardMarks })));

/** CardMarks, lazily. */
export function LazyCardMarks({ cardId }: { cardId: string }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  const placeholder = <div className="card-marks-pending" aria-hidden="true" />;
  if (!painted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <CardMarksChunk cardId={cardId} />
    </Suspense>
  );
}
