import { studyDayStarts } from '../../core/stats.ts';
import { formatNumber, useLang, useT } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';

export interface ForecastChartProps {
  /** Cards due per study day, [0] today (with the overdue ones). */
  forecast: readonly number[];
  now: number;
  dayStartHour: number;
}

/**
 * The due forecast as bars, hand-made SVG (a chart library would cost more than this whole
 * chunk). The picture is hidden from screen readers; the caption sums it up and a visually
 * hidden table lists every day with cards due.
 */
export function ForecastChart({ forecast, now, dayStartHour }: ForecastChartProps) {
  const t = useT(secondary);
  const lang = useLang();
  const starts = studyDayStarts(now, dayStartHour, 0, forecast.length);
  const dayLabel = (i: number): string => (i === 0 ? t.statsForecastToday : formatDate(starts[i] as number, lang, 'day'));
  const total = forecast.reduce((a, b) => a + b, 0);
  const max = Math.max(0, ...forecast);
  const busiest = forecast.indexOf(max);
  const barWidth = 10;

  return (
    <section className="stats-section" aria-labelledby="stats-forecast">
      <h2 id="stats-forecast">{t.statsForecastTitle}</h2>
      <figure className="chart">
        <figcaption className="hint">{t.statsForecastSummary(total, max, dayLabel(busiest))}</figcaption>
        {total > 0 && (
          <>
            <div className="chart-frame">
              <span className="chart-max" aria-hidden="true">
                {formatNumber(max, lang)}
              </span>
              <svg
                className="bar-chart"
                viewBox={`0 0 ${forecast.length * barWidth} 100`}
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                {forecast.map((count, i) => {
                  const height = max === 0 ? 0 : Math.max(count > 0 ? 2 : 0, (count / max) * 100);
                  return <rect key={i} className="bar" x={i * barWidth + 1} y={100 - height} width={barWidth - 2} height={height} />;
                })}
              </svg>
            </div>
            <div className="chart-axis" aria-hidden="true">
              <span>{t.statsForecastToday}</span>
              <span>{t.statsForecastEnd}</span>
            </div>
            <table className="sr-only">
              <caption>{t.statsForecastTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.statsDayColumn}</th>
                  <th scope="col">{t.statsCardsColumn}</th>
                </tr>
              </thead>
              <tbody>
                {forecast.map((count, i) =>
                  count > 0 ? (
                    <tr key={i}>
                      <th scope="row">{dayLabel(i)}</th>
                      <td>{formatNumber(count, lang)}</td>
                    </tr>
                  ) : null,
                )}
              </tbody>
            </table>
          </>
        )}
      </figure>
    </section>
  );
}
