/** Bootstrap: the store from the built-in notes and stored progress, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { collection } from 'virtual:cards';
import { App } from './app/app.tsx';
import { createAppStore } from './store/app-store.ts';
import { StoreProvider } from './store/use-store.ts';
import './styles.css';

const store = createAppStore({ collection, now: Date.now() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
