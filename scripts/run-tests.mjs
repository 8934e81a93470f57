#!/usr/bin/env node
// What `npm test` runs: the unit tests (vitest), then the browser tests (Playwright against the built app).
//
//   node scripts/run-tests.mjs              unit tests, then build + browser tests
//   node scripts/run-tests.mjs --e2e-only   build + browser tests only
//
// The browser tests need a system Chromium (Playwright cannot download one here). Without one they are
// skipped with a loud notice and the run still passes, except with CI=true, where that is a failure.
//
// Environment:
//   CHROMIUM_PATH=/path/to/chrome   use this browser (ignored, with a warning, if the file is missing)
//   FLASHCARDS_NO_BROWSER=1         pretend the standard locations are empty, to try the "no browser" path
//   CI=true                         a missing browser fails the run
//
// Plain Node ESM without dependencies, so it runs before anything is built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Same lookup as tests/e2e/chromium.ts (Node 20 cannot import TypeScript); keep the two in step.
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the browser to use, or undefined. */
function findChromium(env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`run-tests: CHROMIUM_PATH=${fromEnv} does not exist; looking in the standard places.`);
  }
  if (env.FLASHCARDS_NO_BROWSER === '1') return undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/** Prints a framed block on stderr, hard to miss in a long log. */
function shout(lines) {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const bar = '!'.repeat(width + 2);
  const body = lines.map((line) => `!  ${line.padEnd(width - 2)}!`);
  console.error(['', bar, bar, ...body, bar, bar, ''].join('\n'));
}

/** Runs a command with the output streamed through; returns true when it exits 0. */
function run(title, command, args, env = process.env) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`run-tests: could not start ${command}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    const how = result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
    console.error(`run-tests: ${title} failed (${how}).`);
    return false;
  }
  return true;
}

function main(argv) {
  const unknown = argv.filter((arg) => arg !== '--e2e-only');
  if (unknown.length > 0) {
    console.error(`run-tests: unknown argument ${unknown.join(' ')} (only --e2e-only is accepted).`);
    return 2;
  }
  const e2eOnly = argv.includes('--e2e-only');
  const ci = process.env.CI === 'true';
  let ok = true;

  if (!e2eOnly) ok = run('unit tests', 'npx', ['vitest', 'run']) && ok;

  const chromium = findChromium(process.env);
  if (!chromium) {
    shout([
      ci ? 'BROWSER TESTS CANNOT RUN: no Chromium found (CI=true, so this fails).' : 'BROWSER TESTS SKIPPED: no Chromium found.',
      '',
      'The end-to-end tests in tests/e2e did NOT run.',
      'Install a browser:   sudo apt-get install -y chromium',
      'or point at one:     CHROMIUM_PATH=/path/to/chrome npm test',
      '(npx playwright install cannot download browsers on this network.)',
    ]);
    return ci ? 1 : ok ? 0 : 1;
  }

  // The config reads CHROMIUM_PATH, so Playwright drives the very browser found here.
  const env = { ...process.env, CHROMIUM_PATH: chromium };
  if (!run('build', 'npx', ['vite', 'build'])) return 1;
  ok = run(`browser tests (${chromium})`, 'npx', ['playwright', 'test'], env) && ok;

  console.log(ok ? '\nrun-tests: all passed.' : '\nrun-tests: FAILED.');
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
