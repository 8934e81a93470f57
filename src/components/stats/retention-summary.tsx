import type { Retention } from '../../core/stats.ts';
import { useT } from '../../i18n/index.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';

/** True retention over 7 and 30 days, as numbers: a chart would not say more. */
export function RetentionSummary({ week, month }: { week: Retention; month: Retention }) {
  const t = useT(secondary);
  const value = (r: Retention) =>
    r.ratio === null ? <span className="hint">{t.statsRetentionNone}</span> : t.statsRetentionValue(r.ratio, r.passed, r.total);
  return (
    <section className="stats-section" aria-labelledby="stats-retention">
      <h2 id="stats-retention">{t.statsRetentionTitle}</h2>
      <p className="hint">{t.statsRetentionHint}</p>
      <dl className="retention">
        <div>
          <dt>{t.statsRetention7}</dt>
          <dd>{value(week)}</dd>
        </div>
        <div>
          <dt>{t.statsRetention30}</dt>
          <dd>{value(month)}</dd>
        </div>
      </dl>
    </section>
  );
}
