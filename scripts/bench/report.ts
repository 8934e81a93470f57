/**
 * The benchmark's result: its JSON shape (docs/contract.md names the required keys), the
 * targets from the issue, and the readable table `npm run bench` prints.
 */

/** What `npm run bench -- --json` prints. Times in ms, sizes in kB of 1000 bytes. */
export interface BenchResult {
  parseRatio: number | null;
  initialJsGzipKB: number;
  nextCardP90Ratio: number | null;
  loadRatio: number | null;
  storageChars10k: number;

  machine: { cpus: number; cpuModel: string; node: string; chromium: string; platform: string };
  cards: number;
  parse: { pipelineMs: number; mdastMs: number; repetitions: number; notesChars: number };
  initialJs: { files: string[]; cssGzipKB: number; otherGzipKB: number; at10k: { jsGzipKB: number; otherGzipKB: number } };
  nextCard: { presses: number; p50Ms: number; p90Ms: number; maxMs: number; floorP50Ms: number; floorP90Ms: number };
  load: { loads: number; medianMs: number; floorMedianMs: number; realContentMedianMs: number; layoutShift: number };
  history: { grades: number; studyDays: number };
  save: { count: number; medianMs: number | null; maxMs: number | null; writeMedianMs: number | null; chars: number; delaysNextCard: boolean; overlappingPresses: number };
  browseSearch: { medianMs: number | null; maxMs: number | null; queries: { query: string; ms: number | null; rows: number }[]; note: string };
  peakJsHeapMB: number;
  durationS: number;
}

/** The targets; all must hold on the 2-core machine. */
export const TARGETS = {
  parseRatio: 1.5,
  initialJsGzipKB: 90,
  nextCardP90Ratio: 1.5,
  loadRatio: 2.5,
  storageChars10k: 2_621_440,
} as const;

/** Whether each target is met (a missing figure is not). */
export function targetsMet(r: BenchResult): Record<keyof typeof TARGETS, boolean> {
  const le = (value: number | null, limit: number): boolean => value !== null && value <= limit;
  return {
    parseRatio: le(r.parseRatio, TARGETS.parseRatio),
    initialJsGzipKB: le(r.initialJsGzipKB, TARGETS.initialJsGzipKB),
    nextCardP90Ratio: le(r.nextCardP90Ratio, TARGETS.nextCardP90Ratio),
    loadRatio: le(r.loadRatio, TARGETS.loadRatio),
    storageChars10k: le(r.storageChars10k, TARGETS.storageChars10k),
  };
}

const ms = (x: number | null): string => (x === null ? '—' : `${x.toFixed(1)} ms`);
const mark = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** The readable table: one row per measure, with its target where it has one. */
export function formatTable(r: BenchResult): string {
  const met = targetsMet(r);
  const rows: [string, string, string, string][] = [
    ['measure', 'value', 'target', ''],
    ['parseRatio (pipeline / bare mdast)', `${r.parseRatio ?? '—'}  (${r.parse.pipelineMs} / ${r.parse.mdastMs} ms)`, `≤ ${TARGETS.parseRatio}`, mark(met.parseRatio)],
    ['initialJsGzipKB (#/study, real notes)', `${r.initialJsGzipKB} kB`, `≤ ${TARGETS.initialJsGzipKB}`, mark(met.initialJsGzipKB)],
    ['nextCardP90Ratio (grade → next card)', `${r.nextCardP90Ratio ?? '—'}  (${ms(r.nextCard.p90Ms)} / ${ms(r.nextCard.floorP90Ms)})`, `≤ ${TARGETS.nextCardP90Ratio}`, mark(met.nextCardP90Ratio)],
    ['loadRatio (cold load → first card)', `${r.loadRatio ?? '—'}  (${ms(r.load.medianMs)} / ${ms(r.load.floorMedianMs)})`, `≤ ${TARGETS.loadRatio}`, mark(met.loadRatio)],
    ['storageChars10k', r.storageChars10k.toLocaleString('en'), `≤ ${TARGETS.storageChars10k.toLocaleString('en')}`, mark(met.storageChars10k)],
    ['next card p50 / max (app)', `${ms(r.nextCard.p50Ms)} / ${ms(r.nextCard.maxMs)}`, '', ''],
    ['next card p50 (floor)', ms(r.nextCard.floorP50Ms), '', ''],
    ['cold load, real notes (64 cards)', ms(r.load.realContentMedianMs), '', ''],
    ['layout shift at load', r.load.layoutShift.toFixed(3), '', ''],
    ['save: median / max (encode + write)', `${ms(r.save.medianMs)} / ${ms(r.save.maxMs)}, ${r.save.count} saves`, '', ''],
    ['save delays the next card', r.save.delaysNextCard ? `yes (${r.save.overlappingPresses} presses)` : 'no', '', ''],
    ['browse search (median / max)', r.browseSearch.medianMs === null ? `— (${r.browseSearch.note})` : `${ms(r.browseSearch.medianMs)} / ${ms(r.browseSearch.maxMs)}`, '', ''],
    ['peak JS heap (sampled)', `${r.peakJsHeapMB} MB`, '', ''],
    ['initial JS at 10k cards; other data', `${r.initialJs.at10k.jsGzipKB} kB; ${r.initialJs.at10k.otherGzipKB} kB`, '', ''],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const m = r.machine;
  return [
    line(rows[0]!),
    rule,
    ...rows.slice(1).map(line),
    '',
    `${r.cards.toLocaleString('en')} cards, a simulated year of ${r.history.grades.toLocaleString('en')} grades; ${r.nextCard.presses} timed presses, ${r.load.loads} cold loads each.`,
    `Machine: ${m.cpus} × ${m.cpuModel}; ${m.platform}; Node ${m.node}; ${m.chromium}. Run took ${r.durationS} s.`,
  ].join('\n');
}
