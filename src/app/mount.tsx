/**
 * The React app, mounted by the bootstrap (src/main.tsx) over the store it made: a chunk of its own,
 * so that on #/study the first card can be painted before React has loaded (src/app/first-card.ts).
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ContentLoadError } from '../components/content-load-error.tsx';
import type { Lang } from '../i18n/lang.ts';
import type { AppStore } from '../store/app-store.ts';
import { StoreProvider } from '../store/use-store.ts';
import { App } from './app.tsx';

/** Renders the app into `root`, at once: what was painted there before is replaced in the same frame. */
export function mountApp(root: HTMLElement, store: AppStore): void {
  // Synchronously, in this task: a concurrent first render yields every 5 ms, and the browser lays
  // out and paints the half-built page in between, which only delays the card.
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </StrictMode>,
    ),
  );
}

/** What shows when the cards could not be downloaded: a clear message and a reload. */
export function mountLoadError(root: HTMLElement, lang: Lang, detail: string): void {
  createRoot(root).render(
    <StrictMode>
      <ContentLoadError lang={lang} detail={detail} />
    </StrictMode>,
  );
}
