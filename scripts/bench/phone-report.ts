/** The readable tables `npm run bench -- --phone` prints (markdown, so they paste into docs/performance.md). */
import type { CollectionSummary, PhoneResult } from './phone-plan.ts';

const num = (x: number | null, unit = ''): string => (x === null ? '—' : `${x}${unit}`);
const times = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)}×`);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/**
 * Routes × first and repeat visit, ms and ratio to the floor, with the floor's own row first (and
 * the React floor's after it, when measured), and what the first visit fetched before it was
 * loaded (gzipped kB).
 */
export function formatVisits(summary: CollectionSummary): string {
  const rf = summary.reactFloor;
  const rows = [
    ['route', 'first visit', 'first ratio', 'repeat visit', 'repeat ratio', 'first visit fetched'],
    ['floor', num(summary.floor.firstMs, ' ms'), '', num(summary.floor.repeatMs, ' ms'), '', num(summary.floor.firstKB, ' kB')],
    ...(rf ? [['React floor', num(rf.firstMs, ' ms'), times(rf.firstRatio), num(rf.repeatMs, ' ms'), times(rf.repeatRatio), num(rf.firstKB, ' kB')]] : []),
    ...Object.entries(summary.routes).map(([route, r]) => [`\`${route}\``, num(r.firstMs, ' ms'), times(r.firstRatio), num(r.repeatMs, ' ms'), times(r.repeatRatio), num(r.firstKB, ' kB')]),
  ];
  return table(rows);
}

/** Every table of a phone run, with its conditions and the machine. */
export function formatPhone(p: PhoneResult, machine: { cpus: number; cpuModel: string; node: string; chromium: string; loadAverage?: { atStart: number; atEnd: number } }): string {
  const c = p.conditions;
  const out: string[] = [];
  for (const [name, part] of [['Real notes', p.real], ['10,000 cards', p.tenK]] as const) {
    if (!part) continue;
    out.push(`${name} (${part.cards.toLocaleString('en')} cards; quiz deck ${part.quizDeck}), median of ${p.rounds} rounds:`, '', formatVisits(part), '');
  }
  if (p.against && p.real) {
    const a = p.against;
    const pct = (x: number | null): string => (x === null ? '–' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`);
    out.push(
      `Against ${a.dir} (the same notes, measured in the same rounds), median first / repeat visit:`,
      '',
      table([
        ['route', 'first, before', 'first, now', 'change', 'repeat, before', 'repeat, now', 'change'],
        ...Object.entries(a.change).map(([route, c]) => {
          const before = a.visits.routes[route];
          const now = p.real!.routes[route];
          return [`\`${route}\``, num(before?.firstMs ?? null, ' ms'), num(now?.firstMs ?? null, ' ms'), pct(c.firstChange), num(before?.repeatMs ?? null, ' ms'), num(now?.repeatMs ?? null, ' ms'), pct(c.repeatChange)];
        }),
      ]),
      '',
    );
  }
  if (p.keys) {
    const k = p.keys;
    out.push(
      `Keys at ${c.cpuThrottlingRate}× CPU, ${k.cards.toLocaleString('en')} cards: ${k.presses} presses each, ${k.thinkMs} ms between presses${k.missed > 0 ? `, ${k.missed} never painted` : ''}:`,
      '',
      table([
        ['key', 'app p50', 'app p90', 'floor p50', 'floor p90', 'p90 ratio'],
        ['grade "3" → next question painted', num(k.nextCardP50Ms, ' ms'), num(k.nextCardP90Ms, ' ms'), num(k.floorP50Ms, ' ms'), num(k.floorP90Ms, ' ms'), times(k.nextCardP90Ratio)],
        ['Space → answer rendered and painted', num(k.revealP50Ms, ' ms'), num(k.revealP90Ms, ' ms'), num(k.floorRevealP50Ms, ' ms'), num(k.floorRevealP90Ms, ' ms'), times(k.revealP90Ratio)],
      ]),
      '',
    );
  }
  const load = machine.loadAverage ? `; load average ${machine.loadAverage.atStart} at the start, ${machine.loadAverage.atEnd} at the end` : '';
  const slowdown = c.measuredCpuSlowdown === null ? '' : ` (measured ${c.measuredCpuSlowdown}×)`;
  out.push(
    `Conditions: ${c.cpuThrottlingRate}× CPU${slowdown}, ${c.latencyMs} ms latency, ${(c.downloadBytesPerS * 8) / 1e6} Mbps down, ${(c.uploadBytesPerS * 8) / 1e3} kbps up, gzip, ${c.viewport.width}×${c.viewport.height} mobile viewport, ${c.locale}.`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}; Node ${machine.node}; ${machine.chromium}${load}. Run took ${p.durationS} s.`,
  );
  return out.join('\n');
}
