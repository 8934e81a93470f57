import { dayStart } from '../../core/day.ts';
import { formatNumber, useLang, useT } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';

export interface ReviewHeatmapProps {
  /** Grades per study day, oldest first, today last; at least `weeks` × 7 days. */
  perDay: readonly number[];
  streak: number;
  weeks: number;
  now: number;
  dayStartHour: number;
}

const CELL = 12; // viewBox units per cell, 2 of them the gap

/** 0 for no reviews, then 1–4 by the share of the busiest day. */
const level = (count: number, max: number): number => (count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4)));

/**
 * Reviews per day as a calendar heatmap: a column per week (Monday on top), the last column this
 * week. The picture is hidden from screen readers; the caption gives the total, the study days and
 * the streak, and a visually hidden table gives the reviews per month.
 */
export function ReviewHeatmap({ perDay, streak, weeks, now, dayStartHour }: ReviewHeatmapProps) {
  const t = useT(secondary);
  const lang = useLang();
  const today = new Date(dayStart(now, dayStartHour));
  const weekday = (today.getDay() + 6) % 7; // Monday 0
  const cells = (weeks - 1) * 7 + weekday + 1;
  const days = perDay.slice(-cells);
  const dateOf = (i: number): Date => new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days.length - 1 - i));
  const max = Math.max(1, ...days);
  const total = days.reduce((a, b) => a + b, 0);
  const activeDays = days.filter((n) => n > 0).length;

  const months: { key: string; label: string; short: string; column: number; reviews: number }[] = [];
  days.forEach((count, i) => {
    const date = dateOf(i);
    const key = `${date.getFullYear()}-${date.getMonth()}`;
    const last = months[months.length - 1];
    if (last?.key === key) last.reviews += count;
    else {
      const ms = date.getTime();
      months.push({ key, label: formatDate(ms, lang, 'monthYear'), short: formatDate(ms, lang, 'month'), column: Math.floor(i / 7), reviews: count });
    }
  });

  return (
    <section className="stats-section" aria-labelledby="stats-heatmap">
      <h2 id="stats-heatmap">{t.statsHeatmapTitle}</h2>
      <figure className="chart">
        <figcaption>
          <span className="hint">{t.statsHeatmapSummary(total, activeDays)}</span>
          <strong className="streak">{t.statsStreak(streak)}</strong>
        </figcaption>
        <div className="heatmap" aria-hidden="true">
          <div className="heatmap-months">
            {months.map((m, i) =>
              // The first, partly shown month has no room for its name when the next one starts soon after.
              i === 0 && months.length > 1 && (months[1]?.column ?? 0) < 3 ? null : (
                <span key={m.key} style={{ left: `${(m.column / weeks) * 100}%` }}>
                  {m.short}
                </span>
              ),
            )}
          </div>
          <svg viewBox={`0 0 ${weeks * CELL - 2} ${7 * CELL - 2}`} focusable="false">
            {days.map((count, i) => (
              <rect
                key={i}
                className={`heat heat--${level(count, max)}`}
                x={Math.floor(i / 7) * CELL}
                y={(i % 7) * CELL}
                width={CELL - 2}
                height={CELL - 2}
                rx={2}
              >
                <title>{t.statsDayCell(formatDate(dateOf(i).getTime(), lang, 'day'), count)}</title>
              </rect>
            ))}
          </svg>
          <div className="heatmap-legend">
            <span>{t.statsLess}</span>
            {[0, 1, 2, 3, 4].map((l) => (
              <span key={l} className={`swatch heat--${l}`} />
            ))}
            <span>{t.statsMore}</span>
          </div>
        </div>
        <table className="sr-only">
          <caption>{t.statsHeatmapTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.statsMonthColumn}</th>
              <th scope="col">{t.statsReviewsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.key}>
                <th scope="row">{m.label}</th>
                <td>{formatNumber(m.reviews, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  );
}
