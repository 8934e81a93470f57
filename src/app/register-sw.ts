/**
 * The service worker registration, loaded after the page (src/app/service-worker.ts starts it).
 * registerType 'prompt' (vite.config.ts): a new deploy installs in the background and waits; the
 * app offers a reload, and only the user's "Reload" makes it take over.
 *
 * workbox-window directly rather than vite-plugin-pwa's `registerSW`: that one passes the worker's
 * URL as a plain string, which the CSP's Trusted Types rule refuses; Workbox takes a TrustedScriptURL.
 */
import { Workbox } from 'workbox-window';
import { offerUpdate } from './update-offer.ts';
import { SW_POLICY, SW_URL } from './sw-policy.ts';

/** What Workbox (and navigator.serviceWorker.register) accepts: a string or a TrustedScriptURL. */
type ScriptUrl = ConstructorParameters<typeof Workbox>[0];

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): ScriptUrl };
}

/** The worker's URL as the CSP wants it: trusted where the browser enforces Trusted Types. */
function workerUrl(): ScriptUrl {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return SW_URL;
  // The policy turns nothing but the worker's own URL into a script URL.
  const policy = factory.createPolicy(SW_POLICY, { createScriptURL: (url) => (url === SW_URL ? url : '') });
  return policy.createScriptURL(SW_URL);
}

/** Register, and pass a waiting new version on to the update offer. */
export function register(): void {
  const wb = new Workbox(workerUrl(), { scope: './' });
  wb.addEventListener('waiting', () =>
    offerUpdate(() => {
      // Reload once the new worker has taken over, not before: the page must come from it.
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    }),
  );
  void wb.register().then((registration) => {
    // A phone keeps the app open for days: look for a new deploy whenever it comes back to the front.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void registration?.update().catch(() => undefined);
    });
  });
}
