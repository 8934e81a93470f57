/** A refused input (a file, pasted notes): what is wrong, that nothing changed, and the browser's own reason folded away. */
import type { ReactNode } from 'react';

export interface RefusalNoticeProps {
  /** What is wrong, first. */
  children: ReactNode;
  /** That nothing was imported or changed. */
  outcome: string;
  /** The technical reason, if any, under `detailsLabel`. */
  detail?: string;
  detailsLabel: string;
}

export function RefusalNotice({ children, outcome, detail, detailsLabel }: RefusalNoticeProps) {
  return (
    <div role="alert" className="notice">
      {children}
      <p>{outcome}</p>
      {detail ? (
        <details className="notice-detail">
          <summary>{detailsLabel}</summary>
          <p>{detail}</p>
        </details>
      ) : null}
    </div>
  );
}
