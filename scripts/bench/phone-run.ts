/**
 * `npm run bench -- --phone`: the app where learners open it, on a phone-class device, against the
 * static floor page in the same run. Runs instead of the desktop bench (scripts/bench/run-bench.ts),
 * which `--phone` skips. See docs/performance.md.
 *
 *   npm run bench -- --phone                      readable tables (progress on stderr), ~10 minutes
 *   npm run --silent bench -- --phone --json      {"phone": {...}, "machine": {...}} on stdout
 *   options: --rounds=N (5)  first and repeat visits of every route, medians over N rounds
 *            --presses=N (80)  reveal-and-grade cycles timed on the app and on the floor
 *            --think=MS (250)  pause before each key press
 *            --only=real,tenk,keys  some parts only; `--only=real` is a quick check (~3 minutes)
 *            --against=<dist>  a build of the same notes (another commit's `dist`) measured beside
 *              this one, in the same rounds, with each route's change from it (needs `real`)
 *            --keep  leave the temp folder
 *
 * Conditions (scripts/bench/phone-plan.ts): 4× CPU throttling, 150 ms latency, 1.6 Mbps down and
 * 750 kbps up on every page, set before navigation; files served gzipped with a static host's cache
 * headers (scripts/bench/static-server.ts); a phone's viewport. Two collections, each built by
 * Vite: the real notes (content/) and 10,000 generated cards with a simulated year of progress in
 * localStorage. Every round measures, in one fresh context each, the first visit and the repeat
 * visit (service worker in control) of the floor and every route, the floor twice, interleaved
 * (phone-plan.ts, roundOrder); on the real notes the React floor (scripts/bench/react-floor/) after
 * each floor visit. Then, at 4× CPU and 10,000 cards without network throttling, reveal
 * (Space) and grade ("3") key presses on the app and the floor, in alternating blocks.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { buildCollection } from '../../src/core/collection.ts';
import type { Card, Collection } from '../../src/core/types.ts';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium.ts';
import { readContentDir } from '../read-notes.ts';
import { answerHtml, answerShape } from './answer-markup.ts';
import type { AnswerShape } from './answer-markup.ts';
import { buildApp } from './build-app.ts';
import { buildReactFloor, writeFloor } from './floor-site.ts';
import { writeGeneratedNotes } from './generate-notes.ts';
import { cpuSlowdown, openForKeys, timeCycles, visitTwice } from './phone-bench.ts';
import type { SeededStorage } from './phone-bench.ts';
import { PHONE_CONDITIONS, buildChange, headlineDeck, phoneOptions, phoneResult, phoneRoutes, readinessFor, roundOrder, summarise, summariseKeys } from './phone-plan.ts';
import type { CollectionSamples, PhoneOptions, PressTiming } from './phone-plan.ts';
import { formatPhone } from './phone-report.ts';
import { simulateHistory } from './simulate-history.ts';
import { serveStatic } from './static-server.ts';
import { storedByApp } from './stored-state.ts';
import { round } from './stats.ts';

const CARDS = 10_000;
const EXECUTABLE = '/usr/bin/chromium';
const FLOOR_CARDS = 500;
const WARM_UP_CYCLES = 5;
// App and floor cycles alternate in short runs, so a slow spell of the shared machine lands on both.
const BLOCK = 5;

/** One collection as served: its URL, quiz deck and the storage a learner's browser holds for it. */
interface Served {
  name: 'real' | 'tenK' | 'against';
  url: string;
  cards: number;
  quizDeck: string;
  storage?: SeededStorage;
}

/** The real notes, as the build reads them (content/*.md). */
function realCollection(): Collection {
  const { files, corrections } = readContentDir('content');
  return buildCollection(files, { corrections }).collection;
}

/** The answer's shape by question, worked out once per question (the first card of a repeated question). */
function shapes(cards: readonly Card[]): { shapeOf(question: string): AnswerShape; unmatched: () => number } {
  const byQuestion = new Map<string, string>();
  for (const card of cards) if (!byQuestion.has(card.question)) byQuestion.set(card.question, card.answer);
  const cache = new Map<string, AnswerShape>();
  let unmatched = 0;
  return {
    shapeOf(question) {
      const answer = byQuestion.get(question.trim());
      if (answer === undefined) {
        unmatched += 1;
        return {};
      }
      let shape = cache.get(answer);
      if (!shape) cache.set(answer, (shape = answerShape(answerHtml(answer))));
      return shape;
    },
    unmatched: () => unmatched,
  };
}

/**
 * One round of first and repeat visits of `served`: its routes in the round's order, the floor
 * twice among them, each time followed by the React floor when `floors.reactFloor` is given.
 */
async function measureRound(browser: Browser, floors: { floor: string; reactFloor: string | null }, served: Served, r: number, rounds: number, log: (m: string) => void): Promise<CollectionSamples> {
  const routes = phoneRoutes(served.quizDeck);
  const samples: CollectionSamples = { floor: [], routes: Object.fromEntries(routes.map((route) => [route, []])), ...(floors.reactFloor ? { reactFloor: [] } : {}) };
  for (const step of roundOrder(routes, r)) {
    if (step !== 'floor') samples.routes[step]!.push(await visitTwice(browser, `${served.url}${step}`, readinessFor(step), served.storage));
    else {
      samples.floor.push(await visitTwice(browser, floors.floor, readinessFor('floor')));
      if (floors.reactFloor) samples.reactFloor!.push(await visitTwice(browser, floors.reactFloor, readinessFor('floor')));
    }
  }
  const pair = (s: { firstMs: number; repeatMs: number }): string => `${round(s.firstMs, 0)}/${round(s.repeatMs, 0)}`;
  const reactFloor = samples.reactFloor ? `; React floor ${samples.reactFloor.map(pair).join(', ')}` : '';
  log(`  ${served.name} round ${r + 1}/${rounds} (first/repeat ms): floor ${samples.floor.map(pair).join(', ')}${reactFloor}; ${routes.map((route) => `${route} ${pair(samples.routes[route]![0]!)}`).join(', ')}`);
  return samples;
}

/** Joins rounds of samples, or of several collections' rounds, into one. */
function joined(rounds: readonly CollectionSamples[]): CollectionSamples {
  const out: CollectionSamples = { floor: [], routes: {} };
  for (const r of rounds) {
    out.floor.push(...r.floor);
    if (r.reactFloor) (out.reactFloor ??= []).push(...r.reactFloor);
    for (const [route, list] of Object.entries(r.routes)) (out.routes[route] ??= []).push(...list);
  }
  return out;
}

/** The other build's visits, and each route's change from them to this build's. */
function againstPart(dir: string, real: CollectionSamples, other: CollectionSamples) {
  const visits = summarise(other);
  return { dir, visits, change: buildChange(summarise(real), visits) };
}

/** Reveal and grade presses on `#/study` at `appUrl` and on the floor, alternating in blocks. */
async function measureKeys(browser: Browser, urls: { floor: string; app: string }, storage: SeededStorage | undefined, cards: readonly Card[], options: PhoneOptions, log: (m: string) => void) {
  const { shapeOf, unmatched } = shapes(cards);
  const floor = await openForKeys(browser, urls.floor, readinessFor('floor'));
  const study = await openForKeys(browser, `${urls.app}#/study`, readinessFor('#/study'), storage);
  try {
    const slowdown = round(await cpuSlowdown(study.page, study.cdp), 2);
    log(`  CPU: the same loop runs ${slowdown}× slower under the throttling`);
    // The first reveals wait for the answers and the markdown renderer to arrive.
    await timeCycles(floor.page, WARM_UP_CYCLES, options.thinkMs, shapeOf);
    await timeCycles(study.page, WARM_UP_CYCLES, options.thinkMs, shapeOf);
    const timed = { app: [] as PressTiming[], floor: [] as PressTiming[] };
    for (let done = 0; done < options.presses; done += BLOCK) {
      const count = Math.min(BLOCK, options.presses - done);
      timed.floor.push(...(await timeCycles(floor.page, count, options.thinkMs, shapeOf)));
      const app = await timeCycles(study.page, count, options.thinkMs, shapeOf);
      timed.app.push(...app);
      if (app.length < count * 2) {
        log(`the study session stopped after ${timed.app.length} timed presses (no card, or a press never painted)`);
        break;
      }
      if ((done + count) % 20 === 0) log(`  ${done + count} / ${options.presses} cycles`);
    }
    if (unmatched() > 0) log(`${unmatched()} questions on screen matched no card: their reveals waited for any answer`);
    return { keys: summariseKeys(timed.app, timed.floor), slowdown };
  } finally {
    await floor.close();
    await study.close();
  }
}

/** Runs the phone bench and prints its result (see the top of this file). */
export async function runPhone(argv: readonly string[], log: (message: string) => void): Promise<void> {
  const options = phoneOptions(argv);
  const { parts } = options;
  const against = options.against === null ? null : resolve(options.against);
  if (against !== null && (!parts.has('real') || !existsSync(join(against, 'index.html')))) {
    throw new Error(`--against needs the real notes measured (--only with real) and a built app: no ${join(against ?? '', 'index.html')}`);
  }
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const work = mkdtempSync(join(tmpdir(), 'flashcards-phone-'));
  const siteDir = join(work, 'site');
  try {
    log(`generating ${CARDS} cards of notes in ${work}`);
    const tenK = buildCollection([writeGeneratedNotes(work, CARDS)]).collection;
    if (tenK.cards.length !== CARDS) throw new Error(`generated ${tenK.cards.length} cards, expected ${CARDS}`);
    const real = realCollection();
    const needTenK = parts.has('tenk') || parts.has('keys');

    log(`building the app: ${[parts.has('real') && 'the real notes', needTenK && '10,000 generated cards'].filter(Boolean).join(', then ')}`);
    if (parts.has('real')) buildApp(join(siteDir, 'notes'), undefined);
    if (needTenK) buildApp(join(siteDir, 'app'), join(work, 'content'));
    writeFloor(siteDir, tenK.cards.slice(0, FLOOR_CARDS));
    if (parts.has('real')) await buildReactFloor(join(siteDir, 'react-floor'));
    // Built with `base: './'`, as this app is, so it runs from any folder.
    if (against !== null) cpSync(against, join(siteDir, 'against'), { recursive: true });

    let entries: Record<string, string> | null = null;
    if (needTenK) {
      log('simulating a year of study at 10,000 cards');
      const now = Date.now();
      const history = simulateHistory(tenK.cards.map((c) => c.id), { now });
      entries = storedByApp(join(siteDir, 'app'), history.progress, now);
      log(`  the app's save stores ${Object.keys(entries).join(', ')}`);
    }

    const server = await serveStatic(siteDir, { host: true });
    const { origin } = server;
    const storage: SeededStorage | undefined = entries ? { origin, entries } : undefined;
    const served: Served[] = [];
    if (parts.has('real')) served.push({ name: 'real', url: `${origin}/notes/`, cards: real.cards.length, quizDeck: headlineDeck(real.decks, 'django-orm-questions') });
    if (against !== null) served.push({ name: 'against', url: `${origin}/against/`, cards: real.cards.length, quizDeck: headlineDeck(real.decks, 'django-orm-questions') });
    if (parts.has('tenk')) served.push({ name: 'tenK', url: `${origin}/app/`, cards: CARDS, quizDeck: headlineDeck(tenK.decks), storage });
    const floorUrl = `${origin}/floor/`;

    const browser = await chromium.launch({ executablePath: EXECUTABLE, args: [...CHROMIUM_ARGS], headless: true }).catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    try {
      const samples: Record<string, CollectionSamples[]> = { real: [], tenK: [], against: [] };
      if (served.length > 0) log(`${options.rounds} rounds of first and repeat visits: the floor and ${served.map((s) => `${s.name}'s 7 routes`).join(', and ')}`);
      // Round by round, the collections one after the other, so both meet the same spells of load.
      for (let r = 0; r < options.rounds && served.length > 0; r += 1) {
        for (const s of served) samples[s.name]!.push(await measureRound(browser, { floor: floorUrl, reactFloor: s.name === 'real' ? `${origin}/react-floor/` : null }, s, r, options.rounds, log));
      }
      let keys = null;
      let slowdown: number | null = null;
      if (parts.has('keys')) {
        log(`key presses at ${PHONE_CONDITIONS.cpuThrottlingRate}× CPU, 10,000 cards: ${options.presses} reveal-and-grade cycles on each page, in blocks of ${BLOCK}`);
        const measured = await measureKeys(browser, { floor: floorUrl, app: `${origin}/app/` }, storage, tenK.cards, options, log);
        keys = { ...measured.keys, cards: CARDS, thinkMs: options.thinkMs };
        slowdown = measured.slowdown;
      }
      const part = (name: 'real' | 'tenK') => {
        const s = served.find((x) => x.name === name);
        return s ? { ...summarise(joined(samples[name]!)), cards: s.cards, quizDeck: s.quizDeck } : null;
      };
      const phone = phoneResult({
        conditions: { ...PHONE_CONDITIONS, measuredCpuSlowdown: slowdown },
        rounds: options.rounds,
        real: part('real'),
        tenK: part('tenK'),
        ...(against !== null ? { against: againstPart(against, joined(samples.real!), joined(samples.against!)) } : {}),
        keys,
        durationS: round((performance.now() - started) / 1000, 0),
      });
      const cpu = cpus();
      // The machine is shared: the load average says how busy it was while the bench ran.
      const machine = {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model.trim() ?? 'unknown',
        node: process.version,
        chromium: `Chromium ${browser.version()}`,
        loadAverage: { atStart: round(loadBefore, 1), atEnd: round(loadavg()[0]!, 1) },
      };
      console.log(options.json ? JSON.stringify({ phone, machine }) : `\n${formatPhone(phone, machine)}`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (options.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
