/** React's part of start-up (src/app/boot.ts): the app over its store, or the load-error page. */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { ContentLoadError } from '../components/content-load-error.tsx';
import type { Lang } from '../i18n/lang.ts';
import type { AppStore } from '../store/app-store.ts';
import { StoreProvider } from '../store/use-store.ts';
import { App } from './app.tsx';

/** Renders the app into `root`, at once. */
export function mountApp(root: HTMLElement, store: AppStore): Root {
  const reactRoot = createRoot(root);
  // Synchronously, in this task: a concurrent first render yields every 5 ms, and the browser lays
  // out and paints the half-built page in between, which only delays the first screen.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </StrictMode>,
    ),
  );
  return reactRoot;
}

/** What shows when the cards could not be downloaded: a clear message and a reload. */
export function mountLoadError(root: HTMLElement, lang: Lang, detail: string): Root {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <ContentLoadError lang={lang} detail={detail} />
    </StrictMode>,
  );
  return reactRoot;
}
