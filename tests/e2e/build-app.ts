/** The app built from another notes folder, for browser tests of content the committed notes do not have. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the app into `outDir` from the notes in `contentDir` (FLASHCARDS_CONTENT_DIR), failing the test with the build's errors. */
export function buildAppFrom(contentDir: string, outDir: string): void {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, FLASHCARDS_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
}
