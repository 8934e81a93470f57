// The phone bench's React floor (scripts/bench/phone-run.ts): the static floor's first screen, one
// question, rendered by React into an empty page and built by Vite as the app is, with a service
// worker as the app has. It measures what the fixed stack costs before any of the app's own code
// runs: react and react-dom downloaded, evaluated and rendering once.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h2 data-testid="card-question">Что такое ORM и зачем она нужна в Django?</h2>
    </main>
  </StrictMode>,
);

// A repeat visit served by a service worker, as the app's is (./sw.js).
window.addEventListener('load', () => {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('./sw.js').catch(() => undefined);
});
