/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { cardsPlugin } from './scripts/vite-plugin-cards.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Relative base: the built app works from any static host path (routes are hash based).
  base: './',
  plugins: [react(), cardsPlugin({ contentDir: 'content' }), cspPlugin()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  preview: { port: 4173, strictPort: false },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
