/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { cardsPlugin } from './scripts/vite-plugin-cards.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { routeFilesPlugin } from './scripts/vite-plugin-route-files.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Relative base: the built app works from any static host path (routes are hash based).
  base: './',
  plugins: [
    react(),
    // FLASHCARDS_CONTENT_DIR builds the app from another notes folder: the browser test of updates
    // (a second version with more notes) and the benchmark (10,000 generated cards).
    cardsPlugin({ contentDir: process.env.FLASHCARDS_CONTENT_DIR ?? 'content' }),
    // Offline: a service worker precaches the built app, and the cards with it (JSON files beside
    // the code, scripts/vite-plugin-cards.ts). 'prompt': a new deploy waits until the user accepts the in-app reload offer
    // (src/app/service-worker.ts). No injected registration script: an inline one would break the
    // CSP (script-src 'self'), so the app registers it itself. Never registered in dev or vitest.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Карточки к собеседованию',
        short_name: 'Карточки',
        description: 'Карточки для подготовки к собеседованию по Python и Django, с интервальными повторениями (FSRS).',
        lang: 'ru',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#2f5fb3',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,json,txt,css,html,svg,png,webmanifest}'],
        // Hash routes: every navigation is the one page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A 10,000-card collection's answers are a file of several MB, and it must be precached
        // too, or such a collection would not open offline.
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      },
    }),
    cspPlugin(),
    // The lazily loaded screens (src/app/lazy-screens.tsx), by route, for src/route-files.ts to
    // preload beside the entry.
    routeFilesPlugin({
      quiz: 'src/screens/quiz-screen.tsx',
      weak: 'src/screens/weak-screen.tsx',
      browse: 'src/screens/browse-screen.tsx',
      stats: 'src/screens/secondary-screens.ts',
      settings: 'src/screens/secondary-screens.ts',
      import: 'src/screens/import-screen.tsx',
      interview: 'src/screens/interview-screen.tsx',
    }),
  ],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically is one file with it. Left to itself, Rolldown
          // makes a common chunk of each module a lazy screen shares with the entry: a dozen small
          // files the first screen must fetch (HTTP/1.1 has six connections, and each costs a
          // round trip on a phone's network) for no gain, since the entry needs them all anyway.
          groups: [{ name: 'index', test: /src[\\/]main\.tsx$/, includeDependenciesRecursively: true }],
        },
      },
    },
  },
  // The notes parser's worker (src/store/notes-worker-spawn.ts) is an ES module, as the app is. A
  // worker has no DOM: the markdown parser's entity decoder is taken in its DOM-free build there (the
  // package's own `worker` export; Vite resolves workers with the page's `browser` condition).
  worker: {
    format: 'es',
    plugins: () => [
      {
        name: 'flashcards-worker-entities',
        enforce: 'pre',
        async resolveId(source, importer, options) {
          if (source !== 'decode-named-character-reference') return null;
          const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
          return resolved && { ...resolved, id: resolved.id.replace(/index\.dom\.js$/, 'index.js') };
        },
      },
    ],
  },
  define: { __APP_VERSION__: JSON.stringify(version) },
  preview: { port: 4173, strictPort: false },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
