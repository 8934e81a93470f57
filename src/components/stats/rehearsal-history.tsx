/** Interview rehearsals over time on the stats screen: the latest ones, and how coverage moved since the first. */
import { interviewTotals } from '../../core/interview.ts';
import type { InterviewRecord } from '../../core/interview.ts';
import { formatDuration, useLang, useT } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';

/** The table lists this many, the latest first. */
const SHOWN = 10;

export function RehearsalHistory({ history }: { history: readonly InterviewRecord[] }) {
  const t = useT(secondary);
  const lang = useLang();
  const rows = history.map((r) => ({ record: r, totals: interviewTotals(r.answers, r.limitMs) }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  return (
    <section className="stats-section" aria-labelledby="stats-rehearsals">
      <h2 id="stats-rehearsals">{t.rehearsalsTitle}</h2>
      {!first || !last ? (
        <p>{t.rehearsalsNone}</p>
      ) : (
        <>
          {rows.length > 1 && <p>{t.rehearsalsTrend(first.totals.coverage, last.totals.coverage, rows.length)}</p>}
          <table className="readiness">
            <thead>
              <tr>
                <th scope="col">{t.rehearsalsDate}</th>
                <th scope="col" className="num">{t.rehearsalsQuestions}</th>
                <th scope="col" className="num">{t.rehearsalsCoverage}</th>
                <th scope="col" className="num">{t.rehearsalsTime}</th>
              </tr>
            </thead>
            <tbody>
              {rows
                .slice(-SHOWN)
                .reverse()
                .map(({ record, totals }) => (
                  <tr key={record.startedAt}>
                    <th scope="row">{formatDate(record.finishedAt, lang, 'day')}</th>
                    <td className="num">{totals.answered}</td>
                    <td className="num">{t.statsPercent(Math.round(totals.coverage * 100) / 100)}</td>
                    <td className="num">{formatDuration(totals.timeMs, lang)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <a href="#/interview">{t.interviewRehearse}</a>
      </p>
    </section>
  );
}
