/**
 * Readiness for an interview, from the FSRS forgetting curve: how much of each deck and topic is
 * remembered now and would be on the interview day, and how many reviews a day would bring the
 * weakest topic up to READY_RECALL by then. Pure: `now` is a parameter; retrievability comes from
 * the scheduler (the one wrapper around ts-fsrs), never from a formula of our own.
 *
 * The plan's model, in full:
 * - A card is ready on the day when its predicted recall then, R(T), is at least READY_RECALL.
 *   We ask this of every card of the topic, not of the topic's mean: a topic at 90 % on average
 *   can still hide cards that will not come back in the interview.
 * - Each card that is not ready is studied as FSRS would schedule it with retention READY_RECALL:
 *   reviewed when it falls due (a new card at once), answered Good, again and again, until R(T)
 *   reaches READY_RECALL. A review due after the last study moment (the start of the interview's
 *   study day) is brought forward to it. Learning steps count as reviews: they cost a key press.
 * - Reviews needed ÷ study days left (today included) = reviews a day. Every answer is assumed
 *   Good, so a lapse adds to it: read the figure as a floor, not a promise.
 * - "Today's share" compares today's grades on the topic's cards with the daily figure worked out
 *   as at the start of the day: reviews still needed plus those already done today, over the days left.
 */
import { daysUntil, interviewMoment } from './interview-date.ts';
import { createScheduler } from './scheduler.ts';
import type { Scheduler } from './scheduler.ts';
import { studyDayStarts } from './stats.ts';
import type { Card, CardProgress, SchedulingState } from './types.ts';

/** Recall that counts as "ready": FSRS's default desired retention. */
export const READY_RECALL = 0.9;

/** At most this many simulated reviews per card (a new card needs four for a month, five for three). */
const MAX_SIMULATED_REVIEWS = 40;

/** One deck's or topic's readiness. */
export interface ReadinessRow {
  /** The deck id, or the topic's name ('' for cards under no topic). */
  key: string;
  cards: number;
  /** Cards whose recall now is at least READY_RECALL. */
  readyNow: number;
  /** Mean predicted recall on the interview day (new cards count 0), or null without a date. */
  recallAt: number | null;
}

/** Readiness per deck and per topic (a topic spans decks: it is the notes' level-1 heading). */
export interface Readiness {
  byDeck: ReadinessRow[];
  byTopic: ReadinessRow[];
}

interface Acc {
  cards: number;
  readyNow: number;
  recallSum: number;
}

function add(groups: Map<string, Acc>, key: string, ready: boolean, recall: number): void {
  let acc = groups.get(key);
  if (!acc) groups.set(key, (acc = { cards: 0, readyNow: 0, recallSum: 0 }));
  acc.cards += 1;
  if (ready) acc.readyNow += 1;
  acc.recallSum += recall;
}

function rows(groups: Map<string, Acc>, withDate: boolean): ReadinessRow[] {
  return [...groups].map(([key, a]) => ({ key, cards: a.cards, readyNow: a.readyNow, recallAt: withDate ? a.recallSum / a.cards : null }));
}

/**
 * Readiness now, and on the interview day if `at` is given (interviewMoment). One pass over the
 * cards, at most two retrievability calls each. Rows come in the order the decks and topics first
 * appear in the notes.
 */
export function readiness(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  scheduler: Scheduler,
  now: number,
  at: number | null,
): Readiness {
  const decks = new Map<string, Acc>();
  const topics = new Map<string, Acc>();
  for (const card of cards) {
    const sched = progress.get(card.id)?.sched;
    const ready = sched !== undefined && scheduler.retrievability(sched, now) >= READY_RECALL;
    const recall = sched === undefined || at === null ? 0 : scheduler.retrievability(sched, Math.max(at, now));
    add(decks, card.deck, ready, recall);
    add(topics, card.topic ?? '', ready, recall);
  }
  return { byDeck: rows(decks, at !== null), byTopic: rows(topics, at !== null) };
}

/** How to lift the weakest topic; see the module comment for the model. */
export interface StudyPlan {
  /** The topic with the lowest predicted recall on the day ('' for cards under no topic). */
  topic: string;
  /** Its deck, when all its cards are in one (so home can link to studying it). */
  deck: string | null;
  /** Its mean predicted recall on the day. */
  recallAt: number;
  /** Reviews still needed before the day. */
  reviewsNeeded: number;
  /** Study days left, today included. */
  studyDays: number;
  /** Reviews a day, as planned at the start of today. */
  perDay: number;
  /** Grades given today to the topic's cards. */
  doneToday: number;
}

let planScheduler: Scheduler | null = null;

/** The schedule the plan follows: FSRS at READY_RECALL, no fuzz (the plan must be reproducible). */
function scheduleForPlan(): Scheduler {
  planScheduler ??= createScheduler({ desiredRetention: READY_RECALL, fuzz: false });
  return planScheduler;
}

/** Reviews one card needs so that its recall at `at` is READY_RECALL, if studied from `now` to `deadline`. */
export function reviewsToReady(sched: SchedulingState | undefined, now: number, deadline: number, at: number): number {
  const scheduler = scheduleForPlan();
  let s = sched ?? scheduler.newCardState(now);
  let t = now;
  let n = 0;
  while (n < MAX_SIMULATED_REVIEWS && (s.state !== 'review' || scheduler.retrievability(s, at) < READY_RECALL)) {
    // Never before the previous review, never after the last study moment.
    t = Math.min(Math.max(t, s.state === 'new' ? t : s.due), deadline);
    s = scheduler.grade(s, 'good', t).state;
    n += 1;
  }
  return n;
}

/**
 * The plan for the weakest topic, or null when there is no study day left (the interview is today
 * or past) or no card at all. A plan whose weakest topic is already ready has `reviewsNeeded` 0.
 */
export function studyPlan(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  byTopic: readonly ReadinessRow[],
  now: number,
  date: string,
  hour: number,
): StudyPlan | null {
  const at = interviewMoment(date);
  const studyDays = daysUntil(date, now, hour);
  if (at === null || studyDays === null || studyDays <= 0) return null;
  let weakest: ReadinessRow | undefined;
  for (const row of byTopic) if (row.recallAt !== null && (!weakest || row.recallAt < (weakest.recallAt as number))) weakest = row;
  if (!weakest) return null;

  const deadline = studyDayStarts(now, hour, studyDays, 0)[0] as number;
  const todayStart = studyDayStarts(now, hour, 0, 0)[0] as number;
  const decks = new Set<string>();
  let reviewsNeeded = 0;
  let doneToday = 0;
  let perNewCard: number | undefined; // every new card follows the same path: simulate it once
  for (const card of cards) {
    if ((card.topic ?? '') !== weakest.key) continue;
    decks.add(card.deck);
    const p = progress.get(card.id);
    if (!p || p.sched.state === 'new') reviewsNeeded += perNewCard ??= reviewsToReady(undefined, now, deadline, at);
    else reviewsNeeded += reviewsToReady(p.sched, now, deadline, at);
    // Only a card graded today has today's grades: the others' logs are not read (a stored log is
    // decoded when first read, src/core/progress.ts).
    if (!p || p.sched.lastReview === null || p.sched.lastReview < todayStart) continue;
    for (let i = p.log.length - 1; i >= 0 && (p.log[i]?.review ?? 0) >= todayStart; i -= 1) doneToday += 1;
  }
  return {
    topic: weakest.key,
    deck: decks.size === 1 ? ([...decks][0] as string) : null,
    recallAt: weakest.recallAt as number,
    reviewsNeeded,
    studyDays,
    perDay: Math.ceil((reviewsNeeded + doneToday) / studyDays),
    doneToday,
  };
}
