/** A production build of the app for the benchmark. */
import { spawnSync } from 'node:child_process';

/** Builds the app from `contentDir` (the real notes when undefined) into `outDir`; Vite's output goes to stderr. */
export function buildApp(outDir: string, contentDir: string | undefined): void {
  const env = { ...process.env, ...(contentDir ? { FLASHCARDS_CONTENT_DIR: contentDir } : {}) };
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { env, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed for ${contentDir ?? 'content/'} (exit ${result.status})`);
}
