import type { ReadinessRow } from '../../core/readiness.ts';
import { formatNumber, useLang, useT } from '../../i18n/index.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';

export interface ReadinessTableProps {
  caption: string;
  /** The first column's heading: deck or topic. */
  nameColumn: string;
  rows: readonly ReadinessRow[];
  /** A row's display name (deck title, topic). */
  nameOf: (row: ReadinessRow) => string;
}

/** A percentage with a small bar beside it; the bar is decoration, the number is the content. */
function Share({ ratio, label }: { ratio: number; label: string }) {
  return (
    <span className="share">
      <span className="share-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(ratio * 100)}%` }} />
      </span>
      {label}
    </span>
  );
}

/**
 * Readiness per deck or topic: cards, the share ready now (recall ≥ 90 %), and the mean recall
 * predicted for the interview day when a date is set. A table is its own text alternative.
 */
export function ReadinessTable({ caption, nameColumn, rows, nameOf }: ReadinessTableProps) {
  const t = useT(secondary);
  const lang = useLang();
  const withDate = rows.some((r) => r.recallAt !== null);
  return (
    <div className="readiness-scroll">
      <table className="readiness">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameColumn}</th>
            <th scope="col" className="num">
              {t.statsCardsColumn}
            </th>
            <th scope="col">{t.statsReadyNowColumn}</th>
            {withDate && <th scope="col">{t.statsOnTheDayColumn}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const ready = row.cards === 0 ? 0 : row.readyNow / row.cards;
            return (
              <tr key={row.key}>
                <th scope="row">{nameOf(row)}</th>
                <td className="num">{formatNumber(row.cards, lang)}</td>
                <td>
                  <Share ratio={ready} label={t.statsPercent(ready)} />
                </td>
                {withDate && <td>{row.recallAt === null ? '' : <Share ratio={row.recallAt} label={t.statsPercent(row.recallAt)} />}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
