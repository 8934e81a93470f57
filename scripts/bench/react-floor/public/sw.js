// The React floor's service worker: its page and its one script (built without a hash in its name,
// so it can be listed here) kept at install and served from that cache, as the app's precaching
// worker serves the app.
const CACHE = 'react-floor-v1';
const FILES = ['./', './assets/react-floor.js'];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});
self.addEventListener('fetch', (event) => {
  event.respondWith(caches.match(event.request).then((hit) => hit ?? fetch(event.request)));
});
