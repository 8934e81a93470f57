import type { CardState } from '../../core/types.ts';
import type { StateCounts } from '../../core/stats.ts';
import { formatNumber, useLang, useT } from '../../i18n/index.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';
import { stateLabel } from '../labels.ts';

const ORDER: readonly CardState[] = ['new', 'learning', 'relearning', 'review'];

/**
 * Cards by state: one stacked bar, and a legend that is also its text alternative (the bar is
 * hidden from screen readers, the list says everything it shows).
 */
export function StateBreakdown({ counts }: { counts: StateCounts }) {
  const t = useT(secondary);
  const lang = useLang();
  const total = ORDER.reduce((sum, s) => sum + counts[s], 0);
  // Each segment starts where the ones before it end.
  const segments = ORDER.map((state, i) => ({
    state,
    x: ORDER.slice(0, i).reduce((sum, s) => sum + counts[s], 0) * (1000 / Math.max(1, total)),
    width: counts[state] * (1000 / Math.max(1, total)),
  }));
  return (
    <section className="stats-section" aria-labelledby="stats-states">
      <h2 id="stats-states">{t.statsStatesTitle}</h2>
      <p className="hint">{t.statsStatesSummary(total)}</p>
      {total > 0 && (
        <svg className="state-bar" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {segments.map(({ state, x, width }) => (
            <rect key={state} className={`state-fill--${state}`} x={x} y={0} width={width} height={24} />
          ))}
        </svg>
      )}
      <ul className="state-legend">
        {ORDER.map((state) => (
          <li key={state}>
            <span className={`swatch state-fill--${state}`} aria-hidden="true" />
            {stateLabel(t, state)}: <strong>{formatNumber(counts[state], lang)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
