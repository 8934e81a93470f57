/**
 * The static floor both benches measure against (scripts/bench/floor/): its page, script and
 * service worker, and the cards it shows, written into the served site. Beside it, for the phone
 * bench, the React floor (scripts/bench/react-floor/): the same first screen rendered by React.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { answerHtml } from './answer-markup.ts';

const FLOOR_DIR = new URL('./floor/', import.meta.url);

/**
 * Writes the floor into `siteDir/floor/`: questions.js with the cards' questions, answers.js with
 * their answers rendered to HTML beforehand (the least a page can do to show one), and beside it
 * `siteDir/seed.html`, an empty page of the same origin from which localStorage is filled before a
 * measured load.
 */
export function writeFloor(siteDir: string, cards: readonly { question: string; answer: string }[]): void {
  const dir = join(siteDir, 'floor');
  mkdirSync(dir, { recursive: true });
  for (const file of ['index.html', 'floor.js', 'sw.js']) copyFileSync(new URL(file, FLOOR_DIR), join(dir, file));
  writeFileSync(join(dir, 'questions.js'), `window.QUESTIONS = ${JSON.stringify(cards.map((c) => c.question))};\n`);
  writeFileSync(join(dir, 'answers.js'), `window.ANSWERS = ${JSON.stringify(cards.map((c) => answerHtml(c.answer)))};\n`);
  writeFileSync(join(siteDir, 'seed.html'), '<!doctype html><title>seed</title>\n');
}

/**
 * Builds the React floor into `outDir` with Vite and the React plugin, as the app is built (a
 * production build, `base: './'`), its script named without a hash so its service worker can list it.
 */
export async function buildReactFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./react-floor/', import.meta.url)),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'assets/react-floor.js' } } },
  });
}
