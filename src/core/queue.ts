/**
 * The study queue, built once per session and then advanced cheaply on every key press.
 *
 * Order (as the issue asks, close to Anki): a (re)learning card whose step is due; else the next
 * due review, most overdue first; else the next new card, up to the daily new-card limit; else,
 * when nothing else is left, the next learning card early ("learn ahead").
 *
 * Cost: building is O(n log n) over the cards in scope. After that, takeNext / putBack are O(1)
 * or O(log k) and requeueLearning O(log k), k being the (small) number of cards in learning
 * steps: reviews and new cards are sorted arrays walked by an index, learning cards sit in a
 * binary heap keyed by due time. Nothing re-scans the collection per key press. The queue is
 * mutated in place for that reason; the store owns it and never shares it.
 */
import { dayStart, nextDayStart } from './day.ts';
import type { Card, CardProgress, ReviewLogEntry, SchedulingState } from './types.ts';

/** What the queue reads of a card's progress (a CardProgress is one). */
export interface QueueRecord {
  readonly sched: Pick<SchedulingState, 'state' | 'due' | 'lastReview'>;
  readonly log: readonly Pick<ReviewLogEntry, 'stateBefore' | 'review'>[];
}

/** Progress by card id, as the queue reads it: a Map of CardProgress is one. */
export interface QueueProgress {
  get(cardId: string): QueueRecord | undefined;
  values(): Iterable<QueueRecord>;
}

/** Where a queued card came from; undo puts it back there. */
export type QueueSource = 'learning' | 'review' | 'new';

/** One card taken from the queue. */
export interface QueueItem {
  cardId: string;
  source: QueueSource;
}

/** Cards left, as Anki shows them: new · learning · due reviews. */
export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

/** What a queue needs from the settings. */
export interface QueueOptions {
  newPerDay: number;
  dayStartHour: number;
}

interface HeapEntry {
  cardId: string;
  due: number;
  /** Insertion order, so cards due at the same moment come back in the order they were graded. */
  seq: number;
}

/** A session's queue. Treat as opaque and pass to the functions below. */
export interface SessionQueue {
  /** Start of the next study day: cards due after it are tomorrow's. */
  readonly dayEnd: number;
  readonly reviews: readonly string[];
  reviewAt: number;
  readonly news: readonly string[];
  newAt: number;
  readonly heap: HeapEntry[];
  seq: number;
  /** Cards handed back by undo; they come first, last one first. */
  readonly front: QueueItem[];
  readonly counts: QueueCounts;
}

// ------------------------------------------------------------------------------ learning heap
// A dozen lines of binary heap: no dependency earns its place for this.

const before = (a: HeapEntry, b: HeapEntry): boolean => a.due < b.due || (a.due === b.due && a.seq < b.seq);

function siftUp(h: HeapEntry[], i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(h[i] as HeapEntry, h[parent] as HeapEntry)) return;
    [h[i], h[parent]] = [h[parent] as HeapEntry, h[i] as HeapEntry];
    i = parent;
  }
}

function siftDown(h: HeapEntry[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && before(h[l] as HeapEntry, h[m] as HeapEntry)) m = l;
    if (r < h.length && before(h[r] as HeapEntry, h[m] as HeapEntry)) m = r;
    if (m === i) return;
    [h[i], h[m]] = [h[m] as HeapEntry, h[i] as HeapEntry];
    i = m;
  }
}

function removeAt(h: HeapEntry[], i: number): HeapEntry | undefined {
  const last = h.pop();
  if (i >= h.length || !last) return last;
  const removed = h[i];
  h[i] = last;
  siftDown(h, i);
  siftUp(h, i);
  return removed;
}

// ------------------------------------------------------------------------------------ building

export type Bucket = 'new' | 'learning' | 'review' | 'later';

/** Which part of a session a card's record puts it in, for a study day that ends at `dayEnd`. */
export function bucketOf(p: QueueRecord | undefined, dayEnd: number): Bucket {
  if (!p || p.sched.state === 'new') return 'new';
  // Like Anki, a review is due for the whole day it falls on, not from its exact time.
  if (p.sched.due >= dayEnd) return 'later';
  return p.sched.state === 'review' ? 'review' : 'learning';
}

/**
 * How many cards had their first grade at or after `since`: the new cards already introduced
 * today count against the daily limit. O(n); call it once per session, not per key press.
 * Reads the log only of cards graded since `since`: no review in a log is later than the card's
 * last review, and a log stored as text is decoded when first read (src/core/progress.ts).
 */
export function newCardsIntroducedSince(progress: QueueProgress, since: number): number {
  let n = 0;
  for (const p of progress.values()) {
    if (p.sched.lastReview !== null && p.sched.lastReview < since) continue;
    const first = p.log[0];
    if (first && first.stateBefore === 'new' && first.review >= since) n += 1;
  }
  return n;
}

/** How many new cards today's limit still allows at `now`. */
export function newLimitLeft(progress: QueueProgress, now: number, opts: QueueOptions): number {
  const introduced = newCardsIntroducedSince(progress, dayStart(now, opts.dayStartHour));
  return Math.max(0, opts.newPerDay - introduced);
}

/**
 * Build the queue for a session over `cards` (all of them, or one deck's) at `now`.
 * New cards come in the order given, reviews most overdue first.
 */
export function buildQueue(
  cards: readonly Pick<Card, 'id'>[],
  progress: QueueProgress,
  now: number,
  opts: QueueOptions,
): SessionQueue {
  const dayEnd = nextDayStart(now, opts.dayStartHour);
  const newLimit = newLimitLeft(progress, now, opts);
  const reviews: { cardId: string; due: number; order: number }[] = [];
  const news: string[] = [];
  const heap: HeapEntry[] = [];
  let seq = 0;
  cards.forEach((card, order) => {
    const p = progress.get(card.id);
    const bucket = bucketOf(p, dayEnd);
    if (bucket === 'new') {
      if (news.length < newLimit) news.push(card.id);
    } else if (p && bucket === 'review') reviews.push({ cardId: card.id, due: p.sched.due, order });
    else if (p && bucket === 'learning') {
      heap.push({ cardId: card.id, due: p.sched.due, seq: seq++ });
      siftUp(heap, heap.length - 1);
    }
  });
  reviews.sort((a, b) => a.due - b.due || a.order - b.order);
  return {
    dayEnd,
    reviews: reviews.map((r) => r.cardId),
    reviewAt: 0,
    news,
    newAt: 0,
    heap,
    seq,
    front: [],
    counts: { new: news.length, learning: heap.length, review: reviews.length },
  };
}

// ----------------------------------------------------------------------------------- advancing

/** Take the next card to show at `now`, or null when the session is done. Mutates `q`. */
export function takeNext(q: SessionQueue, now: number): QueueItem | null {
  let item: QueueItem | null | undefined = q.front.pop();
  if (!item) {
    const top = q.heap[0];
    if (top && top.due <= now) item = { cardId: top.cardId, source: 'learning' };
    else if (q.reviewAt < q.reviews.length) item = { cardId: q.reviews[q.reviewAt++] as string, source: 'review' };
    else if (q.newAt < q.news.length) item = { cardId: q.news[q.newAt++] as string, source: 'new' };
    else if (top) item = { cardId: top.cardId, source: 'learning' };
    else return null;
    if (item.source === 'learning') removeAt(q.heap, 0);
  }
  q.counts[item.source] -= 1;
  return item;
}

/**
 * Put a taken card back so it is the next one taken (undo). Items must come back in reverse
 * order of taking, which is how an undo stack hands them back.
 */
export function putBack(q: SessionQueue, item: QueueItem): void {
  q.front.push(item);
  q.counts[item.source] += 1;
}

/**
 * After a grade leaves a card in (re)learning, bring it back within the session at `due`.
 * Cards due after the study day ends wait for tomorrow's queue. Returns whether it was queued.
 */
export function requeueLearning(q: SessionQueue, cardId: string, due: number): boolean {
  if (due >= q.dayEnd) return false;
  q.heap.push({ cardId, due, seq: q.seq++ });
  siftUp(q.heap, q.heap.length - 1);
  q.counts.learning += 1;
  return true;
}

/**
 * Undo a requeueLearning. O(k) search over the learning cards, then O(log k).
 * The requeued card may have been shown and handed back by a later undo since: then it waits in
 * the front of the queue, not in the heap, and is removed from there.
 */
export function cancelRequeue(q: SessionQueue, cardId: string): void {
  const i = q.heap.findIndex((e) => e.cardId === cardId);
  if (i >= 0) removeAt(q.heap, i);
  else {
    const j = q.front.findIndex((e) => e.cardId === cardId && e.source === 'learning');
    if (j < 0) return;
    q.front.splice(j, 1);
  }
  q.counts.learning -= 1;
}

// ------------------------------------------------------------------------ changes from elsewhere

/**
 * Take a card out of the queue wherever it waits; returns where it was, or null. O(n) over the
 * queue: for changes made in another tab, never on a key press.
 */
export function removeFromQueue(q: SessionQueue, cardId: string): QueueSource | null {
  const f = q.front.findIndex((e) => e.cardId === cardId);
  if (f >= 0) {
    const [item] = (q.front as QueueItem[]).splice(f, 1);
    q.counts[(item as QueueItem).source] -= 1;
    return (item as QueueItem).source;
  }
  const h = q.heap.findIndex((e) => e.cardId === cardId);
  if (h >= 0) {
    removeAt(q.heap, h);
    q.counts.learning -= 1;
    return 'learning';
  }
  const r = q.reviews.indexOf(cardId, q.reviewAt);
  if (r >= 0) {
    (q.reviews as string[]).splice(r, 1);
    q.counts.review -= 1;
    return 'review';
  }
  const n = q.news.indexOf(cardId, q.newAt);
  if (n >= 0) {
    (q.news as string[]).splice(n, 1);
    q.counts.new -= 1;
    return 'new';
  }
  return null;
}

/**
 * Another tab changed a card's progress: move the card to where its new schedule puts it in this
 * session (a learning step due today, a review due today, a new card again after an undo there),
 * or out of the session if it is not due before the study day ends.
 */
export function resyncCard(q: SessionQueue, cardId: string, record: CardProgress | undefined): void {
  const bucket = bucketOf(record, q.dayEnd);
  if (bucket === 'new' && q.news.indexOf(cardId, q.newAt) >= 0) return; // still waits among the new cards
  const was = removeFromQueue(q, cardId);
  if (bucket === 'learning' && record) requeueLearning(q, cardId, record.sched.due);
  else if (bucket === 'review') {
    // It is due today; show it next among the reviews rather than guess its place by due time.
    (q.reviews as string[]).splice(q.reviewAt, 0, cardId);
    q.counts.review += 1;
  } else if (bucket === 'new' && was !== null) {
    // Unseen again (its first grade was undone there) and part of this session: next among the new cards.
    (q.news as string[]).splice(q.newAt, 0, cardId);
    q.counts.new += 1;
  }
}

/** Cards left in the session, as a fresh object (safe to put in store state). */
export function remainingCounts(q: SessionQueue): QueueCounts {
  return { ...q.counts };
}
