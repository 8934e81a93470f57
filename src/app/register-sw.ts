/**
 * The service worker registration, loaded after the page (see src/app/service-worker.ts).
 * registerType 'prompt' (vite.config.ts): a new deploy installs in the background and waits; the
 * app offers a reload, and only the user's "Reload" makes it take over.
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './service-worker.ts';

/** Register, and pass a waiting new version on to the update offer. */
export function register(): void {
  const updateSW = registerSW({
    onNeedRefresh: () => offerUpdate(() => void updateSW(true)),
    onRegisteredSW(_url, registration) {
      // A phone keeps the app open for days: look for a new deploy whenever it comes back to the front.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration?.update().catch(() => undefined);
      });
    },
  });
}
