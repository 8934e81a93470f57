/**
 * One card opened in browse: its answer and its corrections, next due date, review history,
 * source, flag and star, and for the author the build's remarks on the card's code and names.
 */
import { useMemo, useState } from 'react';
import { CardMarks } from '../components/card-marks.tsx';
import { Corrections } from '../components/corrections.tsx';
import { LazyMarkdownAnswer } from '../components/lazy-markdown-answer.tsx';
import { gradeLabel, stateLabel } from '../components/labels.ts';
import type { Card, ContentWarning, WarningKind } from '../core/types.ts';
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
        <Corrections corrections={card.corrections} />
      </div>
      <NotesRemarks cardId={card.id} />
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

/** The build's remarks shown here: about the card's code and names (the audit's doubt shows above the answer). */
const REMARKS: ReadonlySet<WarningKind> = new Set(['code', 'identifier']);

/** The build's warnings about one card's code and names, with where they are in the notes. */
function NotesRemarks({ cardId }: { cardId: string }) {
  const t = useT(modes);
  const warnings = useStore((s) => s.collection.warnings);
  const remarks = useMemo(() => warnings.filter((w: ContentWarning) => w.cardId === cardId && REMARKS.has(w.kind)), [warnings, cardId]);
  if (remarks.length === 0) return null;
  return (
    <div className="browse-remarks">
      <h3 className="browse-history-title">{t.browseNotes}</h3>
      <p className="hint">{t.browseNotesHint}</p>
      <ul>
        {remarks.map((w) => (
          <li key={`${w.line}:${w.message}`}>
            {withCode(w.message)} <code>{`${w.file}:${w.line}`}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message with its `names` in backticks shown as code, the rest as text. */
function withCode(message: string) {
  return message.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
