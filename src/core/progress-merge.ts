/**
 * Merging two versions of the progress: two tabs studying at once, or an imported file merged
 * into what the browser has. The rule is the issue's: per card, the union of the review logs, and
 * the schedule of the side whose last review is the later one. No review given on either side is
 * ever dropped, and the merge is commutative, so two tabs that merge each other's saves agree.
 *
 * Between tabs the merge is three-way (mergeProgress): a card only one side changed since the last
 * common value takes that side's version, so an undo or a reset in one tab is not undone by the
 * other tab's older copy. Only a card both sides changed is merged review by review.
 */
import { sameStoredForm } from './progress.ts';
import { compactLog, withElapsedDays } from './card-record.ts';
import { GRADES } from './types.ts';
import type { CardProgress, CardState, FoldedLog, ReviewLogEntry, SchedulingState } from './types.ts';

const STATE_ORDER: Readonly<Record<CardState, number>> = { new: 0, learning: 1, review: 2, relearning: 3 };

/** One number per (state before, grade), the stored log's letter: a total order for ties. */
const codeOf = (e: ReviewLogEntry): number => 4 * STATE_ORDER[e.stateBefore] + GRADES.indexOf(e.grade);

const sameEntry = (a: ReviewLogEntry, b: ReviewLogEntry): boolean =>
  a.review === b.review && a.grade === b.grade && a.stateBefore === b.stateBefore;

function sameSched(a: SchedulingState, b: SchedulingState): boolean {
  return (
    a.state === b.state &&
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.lastReview === b.lastReview
  );
}

const sameFolded = (a: FoldedLog | undefined, b: FoldedLog | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.count === b.count && a.first === b.first && a.last === b.last);

/** Whether two records hold the same progress: schedule, every review, fold. Absent equals absent. */
export function sameProgress(a: CardProgress | undefined, b: CardProgress | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // Both read from storage or written to it: compare what is stored, rather than decode both logs.
  const stored = sameStoredForm(a, b);
  if (stored !== undefined) return stored;
  if (!sameSched(a.sched, b.sched) || a.log.length !== b.log.length || !sameFolded(a.folded, b.folded)) return false;
  return a.log.every((e, i) => sameEntry(e, b.log[i] as ReviewLogEntry));
}

/** Orders schedules by last review, then by every other field, so ties resolve the same in every tab. */
function compareSched(a: SchedulingState, b: SchedulingState): number {
  return (
    (a.lastReview ?? -Infinity) - (b.lastReview ?? -Infinity) ||
    a.reps - b.reps ||
    a.lapses - b.lapses ||
    a.due - b.due ||
    a.stability - b.stability ||
    a.difficulty - b.difficulty ||
    a.scheduledDays - b.scheduledDays ||
    a.learningSteps - b.learningSteps ||
    STATE_ORDER[a.state] - STATE_ORDER[b.state]
  );
}

/**
 * Both logs as one, in time order, each review once. Each log is already in order; reviews given in
 * the same minute on the two sides (a rare race) are ordered by their letter, the same way round in
 * every tab.
 */
function unionOfLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const out: ReviewLogEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (!y || (x && (x.review < y.review || (x.review === y.review && codeOf(x) < codeOf(y))))) {
      out.push(x as ReviewLogEntry);
      i += 1;
    } else if (!x || y.review < x.review || codeOf(y) < codeOf(x)) {
      out.push(y);
      j += 1;
    } else {
      out.push(x); // the same review on both sides
      i += 1;
      j += 1;
    }
  }
  return out;
}

/**
 * The fold of the side whose log reaches further back: the other side's folded reviews are then in
 * the union of the logs. No fold if either side has none.
 */
function earlierFold(a: FoldedLog | undefined, b: FoldedLog | undefined): FoldedLog | undefined {
  if (!a || !b) return undefined;
  return a.last < b.last || (a.last === b.last && a.count <= b.count) ? a : b;
}

/**
 * One card's two versions merged: every review of either side, the schedule of the side reviewed
 * later. Commutative up to equality; returns one of its arguments when it already holds everything.
 */
export function mergeCardProgress(a: CardProgress, b: CardProgress): CardProgress {
  if (sameProgress(a, b)) return a;
  const later = compareSched(a.sched, b.sched) >= 0 ? a : b;
  const other = later === a ? b : a;
  const folded = earlierFold(a.folded, b.folded);
  const log = withElapsedDays(unionOfLogs(a.log, b.log), folded ? folded.last : null);
  const result = compactLog({ sched: later.sched, log, ...(folded ? { folded } : {}) });
  // Keep the very record when it already was the answer: its stored form is cached (progress.ts).
  if (sameProgress(result, later)) return later;
  if (sameProgress(result, other) && sameSched(later.sched, other.sched)) return other;
  return result;
}

/**
 * Three-way merge of progress maps: `base` is what both sides last agreed on (the value this tab
 * last read or wrote), `ours` this tab's progress, `theirs` what another tab has saved since.
 * Returns the changes that turn `ours` into the merge (undefined: remove the card). O(n).
 */
export function mergeProgress(
  base: ReadonlyMap<string, CardProgress>,
  ours: ReadonlyMap<string, CardProgress>,
  theirs: ReadonlyMap<string, CardProgress>,
): Map<string, CardProgress | undefined> {
  const changes = new Map<string, CardProgress | undefined>();
  const visit = (id: string): void => {
    const b = base.get(id);
    const t = theirs.get(id);
    if (sameProgress(t, b)) return; // they did not touch it: ours stands, an undo or a reset included
    const o = ours.get(id);
    if (o === b || sameProgress(o, b)) {
      if (!sameProgress(o, t)) changes.set(id, t); // only they touched it
      return;
    }
    // Both touched it. A card one side removed (undo, reset) and the other reviewed keeps the review.
    const m = !o ? t : !t ? o : mergeCardProgress(o, t);
    if (!sameProgress(m, o)) changes.set(id, m);
  };
  for (const id of theirs.keys()) visit(id);
  for (const id of base.keys()) if (!theirs.has(id)) visit(id);
  return changes;
}

/** Two-way merge for an import: every card of both, merged per card. Returns the changes to `ours`. */
export function mergeAll(
  ours: ReadonlyMap<string, CardProgress>,
  incoming: ReadonlyMap<string, CardProgress>,
): Map<string, CardProgress> {
  const changes = new Map<string, CardProgress>();
  for (const [id, t] of incoming) {
    const o = ours.get(id);
    const m = o ? mergeCardProgress(o, t) : t;
    if (!sameProgress(m, o)) changes.set(id, m);
  }
  return changes;
}
