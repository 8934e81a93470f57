/**
 * The phone bench's pure parts (scripts/bench/phone-run.ts drives the browser): its conditions, the
 * routes and what "loaded" means on each, the order of the measures in a round, the medians and
 * ratios, and the `phone` object of `npm run bench -- --phone --json`.
 */
import type { Deck } from '../../src/core/types.ts';
import { median, percentile, ratio, round } from './stats.ts';

/**
 * A phone-class device: 4× slower CPU than this machine, a slow mobile network (Lighthouse's mobile
 * profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4× CPU), a phone's screen, Russian.
 */
export const PHONE_CONDITIONS = {
  cpuThrottlingRate: 4,
  latencyMs: 150,
  /** 1.6 Mbps down, 750 kbps up, in bytes per second as CDP wants them. */
  downloadBytesPerS: 200_000,
  uploadBytesPerS: 93_750,
  gzip: true,
  viewport: { width: 412, height: 915, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
  /** The learners' language: the interface they get, and the strings it loads. */
  locale: 'ru-RU',
} as const;

export type PhoneConditions = typeof PHONE_CONDITIONS;

/** A selector that must match, with `text`: and hold some text. */
export interface ReadyPart {
  selector: string;
  text?: boolean;
}
/** Loaded when every part of any one alternative matches. */
export type Readiness = ReadyPart[][];

// `main h1` but not a chunk's error message, which is an alert with a heading of its own.
const SCREEN_HEADING: ReadyPart = { selector: 'main h1:not([role="alert"] h1)', text: true };
const QUESTION: ReadyPart = { selector: '[data-testid="card-question"]', text: true };

/**
 * What "loaded" is on each route (its main content, from the contract's hooks and roles, never the
 * app's class names): home's deck rows, study's question, a quiz's first screen (the intro's
 * heading and start button, or a question), browse's rows, and the heading of the other screens,
 * which they render only once loaded (the loading line before it is a paragraph). The floor shows
 * a question.
 */
export function readinessFor(route: string | 'floor'): Readiness {
  if (route === 'floor' || route === '#/study') return [[QUESTION]];
  // Until home carries the contract's deck-row hook, a deck's study link (a contract route) under
  // the screen's heading stands in for it.
  if (route === '#/') return [[{ selector: '[data-testid="deck-row"]' }], [SCREEN_HEADING, { selector: 'main a[href^="#/study/"]' }]];
  if (route === '#/browse') return [[{ selector: '[data-testid="browse-row"]' }]];
  if (route.startsWith('#/quiz/')) return [[QUESTION], [SCREEN_HEADING, { selector: 'main button[type="submit"]' }]];
  return [[SCREEN_HEADING]];
}

/** The contract's routes, the quiz on `quizDeck`. */
export function phoneRoutes(quizDeck: string): string[] {
  return ['#/', '#/study', `#/quiz/${encodeURIComponent(quizDeck)}`, '#/weak', '#/browse', '#/stats', '#/settings'];
}

/** The quiz link's deck: the largest numbered list, else the first deck (as the app's navigation picks it). */
export function headlineDeck(decks: readonly Deck[], preferred?: string): string {
  if (preferred && decks.some((d) => d.id === preferred)) return preferred;
  let best: Deck | undefined;
  for (const deck of decks) if (deck.kind === 'numbered' && (!best || deck.cardCount > best.cardCount)) best = deck;
  const id = (best ?? decks[0])?.id;
  if (id === undefined) throw new Error('a collection without decks has no quiz route');
  return id;
}

/**
 * The measures of one round: every route once, the floor before them and again half-way, so the
 * floor's time comes from the same minutes as the routes'. The routes start one further on each
 * round, so none always runs right after the floor or at a round's end.
 */
export function roundOrder(routes: readonly string[], roundIndex: number): (string | 'floor')[] {
  const shift = routes.length === 0 ? 0 : roundIndex % routes.length;
  const turned = [...routes.slice(shift), ...routes.slice(0, shift)];
  const half = Math.ceil(turned.length / 2);
  return ['floor', ...turned.slice(0, half), 'floor', ...turned.slice(half)];
}

/** One visit pair: a first visit (a fresh context) and a repeat visit (its service worker in control). */
export interface VisitSample {
  firstMs: number;
  repeatMs: number;
  /** What the first visit fetched before it was loaded: kB over the wire (gzipped bodies). */
  firstKB: number;
}

/** Every sample of one collection, by route, with the floor's (and the React floor's, on the real notes). */
export interface CollectionSamples {
  floor: VisitSample[];
  routes: Record<string, VisitSample[]>;
  reactFloor?: VisitSample[];
}

export interface VisitSummary {
  firstMs: number | null;
  repeatMs: number | null;
  /** kB fetched (gzipped) before the first visit was loaded, the median. */
  firstKB: number | null;
  /** Each visit's samples in the order taken, so the spread can be read. */
  firstSamples: number[];
  repeatSamples: number[];
}

export interface RouteSummary extends VisitSummary {
  firstRatio: number | null;
  repeatRatio: number | null;
}

export interface CollectionSummary {
  floor: VisitSummary;
  routes: Record<string, RouteSummary>;
  /**
   * The React floor (scripts/bench/react-floor/): the floor's first screen rendered by React, as
   * the app is built; its ratios are what the fixed stack costs before any of the app's own code.
   */
  reactFloor?: RouteSummary;
}

const med = (values: readonly number[]): number | null => (values.length > 0 ? round(median(values), 0) : null);

function visits(samples: readonly VisitSample[]): VisitSummary {
  const firstSamples = samples.map((s) => round(s.firstMs, 0));
  const repeatSamples = samples.map((s) => round(s.repeatMs, 0));
  const kb = samples.map((s) => s.firstKB);
  return { firstMs: med(firstSamples), repeatMs: med(repeatSamples), firstKB: kb.length > 0 ? round(median(kb), 1) : null, firstSamples, repeatSamples };
}

/** Medians of each route's and the floor's visits, and each route's ratio of medians to the floor. */
export function summarise(samples: CollectionSamples): CollectionSummary {
  const floor = visits(samples.floor);
  const againstFloor = (list: readonly VisitSample[]): RouteSummary => {
    const v = visits(list);
    return { ...v, firstRatio: ratio(v.firstMs, floor.firstMs), repeatRatio: ratio(v.repeatMs, floor.repeatMs) };
  };
  const routes: Record<string, RouteSummary> = {};
  for (const [route, list] of Object.entries(samples.routes)) routes[route] = againstFloor(list);
  return { floor, routes, ...(samples.reactFloor ? { reactFloor: againstFloor(samples.reactFloor) } : {}) };
}

/** How each route's medians moved from one build to another measured in the same rounds: (after − before) / before. */
export type BuildChange = Record<string, { firstChange: number | null; repeatChange: number | null }>;

/** The change from `before` to `after` on every route both have. */
export function buildChange(after: CollectionSummary, before: CollectionSummary): BuildChange {
  const change = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : round((a - b) / b, 3));
  const out: BuildChange = {};
  for (const [route, a] of Object.entries(after.routes)) {
    const b = before.routes[route];
    if (b) out[route] = { firstChange: change(a.firstMs, b.firstMs), repeatChange: change(a.repeatMs, b.repeatMs) };
  }
  return out;
}

/** One timed key press: its keydown's timestamp and the paint after its effect (page ms), or no paint. */
export interface PressTiming {
  kind: 'reveal' | 'grade';
  start: number;
  paint: number | null;
}

export interface KeySummary {
  presses: number;
  /** Presses whose effect never showed within the probe's timeout (left out of the percentiles). */
  missed: number;
  nextCardP50Ms: number | null;
  nextCardP90Ms: number | null;
  revealP50Ms: number | null;
  revealP90Ms: number | null;
  floorP50Ms: number | null;
  floorP90Ms: number | null;
  floorRevealP50Ms: number | null;
  floorRevealP90Ms: number | null;
  nextCardP90Ratio: number | null;
  revealP90Ratio: number | null;
  /** Every press's time (ms) in the order pressed, so the spread and any drift can be read. */
  samplesMs: { nextCard: number[]; reveal: number[]; floor: number[]; floorReveal: number[] };
}

const pct = (values: readonly number[], p: number): number | null => (values.length > 0 ? round(percentile(values, p), 1) : null);
const durations = (presses: readonly PressTiming[], kind: PressTiming['kind']): number[] =>
  presses.filter((p) => p.kind === kind && p.paint !== null).map((p) => p.paint! - p.start);

/** p50 and p90 of the app's and the floor's reveals and grades, and the app's p90 ratios to the floor. */
export function summariseKeys(app: readonly PressTiming[], floor: readonly PressTiming[]): KeySummary {
  const [grade, reveal, floorGrade, floorReveal] = [durations(app, 'grade'), durations(app, 'reveal'), durations(floor, 'grade'), durations(floor, 'reveal')];
  const out = {
    presses: grade.length,
    missed: [...app, ...floor].filter((p) => p.paint === null).length,
    nextCardP50Ms: pct(grade, 50),
    nextCardP90Ms: pct(grade, 90),
    revealP50Ms: pct(reveal, 50),
    revealP90Ms: pct(reveal, 90),
    floorP50Ms: pct(floorGrade, 50),
    floorP90Ms: pct(floorGrade, 90),
    floorRevealP50Ms: pct(floorReveal, 50),
    floorRevealP90Ms: pct(floorReveal, 90),
  };
  const list = (values: number[]): number[] => values.map((v) => round(v, 1));
  return {
    ...out,
    nextCardP90Ratio: ratio(out.nextCardP90Ms, out.floorP90Ms),
    revealP90Ratio: ratio(out.revealP90Ms, out.floorRevealP90Ms),
    samplesMs: { nextCard: list(grade), reveal: list(reveal), floor: list(floorGrade), floorReveal: list(floorReveal) },
  };
}

/** The `phone` object of `npm run bench -- --phone --json` (a part left out with --only is null). */
export interface PhoneResult {
  conditions: PhoneConditions & { measuredCpuSlowdown: number | null };
  rounds: number;
  real: (CollectionSummary & { cards: number; quizDeck: string }) | null;
  tenK: (CollectionSummary & { cards: number; quizDeck: string }) | null;
  /** With `--against=<dist>`: that build of the real notes, measured in the same rounds as `real`, and the change from it. */
  against?: { dir: string; visits: CollectionSummary; change: BuildChange };
  keys: (KeySummary & { cards: number; thinkMs: number }) | null;
  /** The contract's names, at the top of `phone`, from `keys`. */
  nextCardP90Ms: number | null;
  revealP90Ms: number | null;
  floorP90Ms: number | null;
  floorRevealP90Ms: number | null;
  durationS: number;
}

/** Assembles the `phone` object, repeating the key figures at its top. */
export function phoneResult(parts: Omit<PhoneResult, 'nextCardP90Ms' | 'revealP90Ms' | 'floorP90Ms' | 'floorRevealP90Ms'>): PhoneResult {
  const k = parts.keys;
  return {
    ...parts,
    nextCardP90Ms: k?.nextCardP90Ms ?? null,
    revealP90Ms: k?.revealP90Ms ?? null,
    floorP90Ms: k?.floorP90Ms ?? null,
    floorRevealP90Ms: k?.floorRevealP90Ms ?? null,
  };
}

/** The parts of a phone run `--only` can pick. */
export const PHONE_PARTS = ['real', 'tenk', 'keys'] as const;
export type PhonePart = (typeof PHONE_PARTS)[number];

export interface PhoneOptions {
  json: boolean;
  keep: boolean;
  rounds: number;
  /** Reveal-and-grade cycles timed on each page. */
  presses: number;
  /** Pause before each key press (ms), as a learner reads. */
  thinkMs: number;
  parts: ReadonlySet<PhonePart>;
  /** A built app of the same notes (a `dist` folder) to measure beside this one, in the same rounds. */
  against: string | null;
}

/** `npm run bench -- --phone` options (see the usage in scripts/bench/phone-run.ts). @throws Error for a bad value. */
export function phoneOptions(argv: readonly string[]): PhoneOptions {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const count = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}, got ${raw}`);
    return n;
  };
  const only = value('only');
  const picked = only === undefined ? [...PHONE_PARTS] : only.split(',').map((p) => p.trim().toLowerCase());
  const unknown = picked.filter((p) => !(PHONE_PARTS as readonly string[]).includes(p));
  if (unknown.length > 0 || picked.length === 0) throw new Error(`--only takes ${PHONE_PARTS.join(', ')} (comma-separated), got ${only}`);
  return {
    json: argv.includes('--json'),
    keep: argv.includes('--keep'),
    rounds: count('rounds', 5, 1),
    presses: count('presses', 80, 1),
    thinkMs: count('think', 250, 0),
    parts: new Set(picked as PhonePart[]),
    against: value('against') ?? null,
  };
}
