/**
 * The answer renderer, loaded on demand: react-markdown, GFM and Prism weigh ~64 KB gzip, more than
 * half the 90 KB budget for showing the first card. Until the chunk arrives the answer shows as plain text.
 */
import { Suspense, createContext, lazy, useContext } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';
import type * as MarkdownAnswerModule from './markdown-answer.tsx';
import type { MarkdownAnswerProps } from './markdown-answer.tsx';
import { useT } from '../i18n/index.ts';
import type { AnswersState } from '../store/app-state.ts';
import { PlainAnswerFallback } from './plain-answer.tsx';

/**
 * Whether the answers have arrived: they download after the first screen is shown (src/app/boot.ts).
 * The app provides the store's value; without a provider (component tests) they are there.
 */
export const AnswersStatus = createContext<AnswersState>('ready');

let chunk: Promise<typeof MarkdownAnswerModule> | undefined;

/**
 * Starts loading the markdown chunk without rendering it, e.g. once the first question is on screen,
 * so that revealing the answer does not wait for the network. Safe to call many times.
 */
export function preloadMarkdownAnswer(): Promise<typeof MarkdownAnswerModule> {
  chunk ??= import('./markdown-answer.tsx').catch((error: unknown) => {
    chunk = undefined; // let a later call retry
    throw error;
  });
  return chunk;
}

const MarkdownAnswerChunk = lazy(preloadMarkdownAnswer);

/**
 * The markdown answer, lazily loaded, with the plain-text fallback while loading or after a load
 * error; while the answers themselves are still downloading, or if they failed to, it says so.
 */
export function LazyMarkdownAnswer({ markdown }: MarkdownAnswerProps) {
  const t = useT();
  const status = useContext(AnswersStatus);
  if (status !== 'ready') {
    return (
      <p className="answer-pending" aria-busy={status === 'loading'}>
        {status === 'loading' ? t.answerLoading : t.errorAnswersLoad}
      </p>
    );
  }
  const fallback = <PlainAnswerFallback markdown={markdown} />;
  return (
    // If the chunk cannot load (offline, a new deploy), the answer stays readable as plain text.
    <ErrorBoundary fallback={fallback}>
      <Suspense fallback={fallback}>
        <MarkdownAnswerChunk markdown={markdown} />
      </Suspense>
    </ErrorBoundary>
  );
}
