/** Bootstrap: the store from the built-in notes and stored progress, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { collection } from 'virtual:cards';
import { App } from './app/app.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import { applyTheme } from './app/theme.ts';
import { createAppStore } from './store/app-store.ts';
import { StoreProvider } from './store/use-store.ts';
import './styles.css';

const store = createAppStore({ collection, now: Date.now(), preferredLanguages: navigator.languages ?? [] });
// Before the first render, so the page never paints in the other theme.
applyTheme(store.getState().settings.theme);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

registerServiceWorker();
