/**
 * A card's corrections, under the author's answer (docs/notes-format.md, "Corrections"): each a
 * note labelled "Поправка", set apart from the answer, with the passage it corrects, its text and
 * the official pages it rests on. One that may be out of date says so; why is in a disclosure,
 * for the author.
 *
 * The text is markdown, rendered by the answers' own renderer, loaded lazily as they are
 * (lazy-markdown-answer.tsx). Unlike an answer, a correction never shows as raw text while the
 * renderer loads: nothing shows until it is in, so no one reads markdown syntax as the correction.
 *
 * Usage: `<Corrections corrections={card.corrections} />` after the answer; renders nothing when
 * there are none.
 */
import { Suspense, lazy, useId } from 'react';
import type { Correction } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { correctionsStrings } from '../i18n/corrections-catalog.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { preloadMarkdownAnswer } from './lazy-markdown-answer.tsx';
import './corrections.css';

// A promise of its own over the same chunk: two React.lazy sharing one promise hung React 19.3
// (jsdom) when one was unmounted while suspended and the other then rendered.
const MarkdownChunk = lazy(() => preloadMarkdownAnswer().then((module) => module));

export interface CorrectionsProps {
  /** The card's corrections, in file order (`card.corrections`); none renders nothing. */
  corrections: readonly Correction[] | undefined;
}

/** The corrections of one card, each with `data-testid="correction"`. */
export function Corrections({ corrections }: CorrectionsProps) {
  if (!corrections || corrections.length === 0) return null;
  return (
    <div className="corrections">
      {corrections.map((correction) => (
        <CorrectionNote key={`${correction.source.file}:${correction.source.line}`} correction={correction} />
      ))}
    </div>
  );
}

function CorrectionNote({ correction }: { correction: Correction }) {
  const t = useT(correctionsStrings);
  const titleId = useId();
  const { text, quote, sources, stale, staleReasons = [] } = correction;
  return (
    <div className={`correction${stale ? ' correction--stale' : ''}`} role="note" aria-labelledby={titleId} data-testid="correction">
      <div className="correction-title">
        <strong id={titleId}>{t.correctionLabel}</strong>
        {stale ? (
          <details className="correction-stale">
            <summary>{t.correctionStale}</summary>
            {staleReasons.map((reason) => (
              <p key={reason}>{t.correctionStaleReason(reason)}</p>
            ))}
            <p>{t.correctionStaleAuthor}</p>
          </details>
        ) : null}
      </div>
      {quote !== undefined ? (
        <div className="correction-quote">
          <span className="correction-quote-label">{t.correctionQuote}</span> «<RenderedMarkdown markdown={quote} />»
        </div>
      ) : null}
      <RenderedMarkdown markdown={text} />
      <div className="correction-sources">
        <span>{t.correctionSources(sources.length)}</span>
        <ul>
          {sources.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {readableUrl(url)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** `https://docs.djangoproject.com/en/5.2/topics/cache/` → `docs.djangoproject.com/en/5.2/topics/cache`. */
export function readableUrl(url: string): string {
  try {
    const { host, pathname, hash } = new URL(url);
    const path = pathname === '/' ? '' : pathname.replace(/\/$/, '');
    return safeDecode(`${host}${path}${hash}`);
  } catch {
    return url;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Markdown through the answers' renderer; nothing until it has loaded, a notice if it cannot. */
function RenderedMarkdown({ markdown }: { markdown: string }) {
  return (
    <ErrorBoundary fallback={<NotShown />}>
      <Suspense fallback={null}>
        <MarkdownChunk markdown={markdown} />
      </Suspense>
    </ErrorBoundary>
  );
}

function NotShown() {
  const t = useT(correctionsStrings);
  return <span className="hint">{t.correctionNotShown}</span>;
}
