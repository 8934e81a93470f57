/** One card opened in browse: its answer, next due date, review history, source, flag and star. */
import { useState } from 'react';
import { CardMarks } from '../components/card-marks.tsx';
import { LazyMarkdownAnswer } from '../components/lazy-markdown-answer.tsx';
import { gradeLabel, stateLabel } from '../components/labels.ts';
import type { Card } from '../core/types.ts';
import { formatRelative, useLang, useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { useStore } from '../store/use-store.ts';

export function BrowseDetail({ card, id }: { card: Card; id: string }) {
  const t = useT(modes);
  const lang = useLang();
  // Records are replaced, never mutated, on a grade: selecting the record re-renders exactly then.
  const record = useStore((s) => s.progress.get(card.id));
  // "In 3 days" is read when the detail opens; it need not tick.
  const [now] = useState(() => Date.now());
  const log = record ? [...record.log].reverse() : [];

  return (
    <div className="browse-detail" id={id}>
      <dl className="browse-facts">
        <dt>{t.browseDue}</dt>
        <dd>
          {record && record.sched.state !== 'new'
            ? // Due times are whole minutes (src/core/scheduler.ts): count from the same minute, or 10 min reads 9.
              `${t.dateTime(record.sched.due)} (${formatRelative(record.sched.due - Math.floor(now / 60_000) * 60_000, lang)})`
            : t.browseNeverStudied}
        </dd>
        <dt>{t.browseSource}</dt>
        <dd>
          <code>{`${card.source.file}:${card.source.line}`}</code>
        </dd>
      </dl>
      <CardMarks cardId={card.id} />
      <div className="card-answer">
        {card.suspect !== undefined && (
          <p className="card-suspect" title={card.suspect || undefined}>
            <span aria-hidden="true">⚠ </span>
            {t.suspect}
          </p>
        )}
        <LazyMarkdownAnswer markdown={card.answer} />
      </div>
      <h3 className="browse-history-title">{t.browseHistory}</h3>
      {log.length === 0 ? (
        <p className="hint">{t.browseNoHistory}</p>
      ) : (
        <div className="table-scroll">
          <table className="browse-history">
            <thead>
              <tr>
                <th scope="col">{t.browseWhen}</th>
                <th scope="col">{t.browseGrade}</th>
                <th scope="col">{t.browseStateBefore}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((entry, i) => (
                <tr key={`${entry.review}:${i}`}>
                  <td>{t.dateTime(entry.review)}</td>
                  <td className={`grade-text grade-text--${entry.grade}`}>{gradeLabel(t, entry.grade)}</td>
                  <td>{stateLabel(t, entry.stateBefore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
