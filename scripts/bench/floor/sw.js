// The floor's service worker: the best a static page can do on a repeat visit. It keeps the
// page's four files at install and answers every request from that cache, the network only for
// anything else, as the app's precaching worker does for the app.
const CACHE = 'floor-v1';
const FILES = ['./', './floor.js', './questions.js', './answers.js'];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});
self.addEventListener('fetch', (event) => {
  event.respondWith(caches.match(event.request).then((hit) => hit ?? fetch(event.request)));
});
