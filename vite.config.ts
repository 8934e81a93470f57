/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cardsPlugin } from './scripts/vite-plugin-cards.ts';

export default defineConfig({
  // Relative base: the built app works from any static host path (routes are hash based).
  base: './',
  plugins: [react(), cardsPlugin({ contentDir: 'content' })],
  preview: { port: 4173, strictPort: false },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
