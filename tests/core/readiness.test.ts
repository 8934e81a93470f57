import { describe, expect, it } from 'vitest';
import { daysUntil, interviewMoment } from '../../src/core/interview-date.ts';
import { parseDate } from '../../src/core/local-date.ts';
import { READY_RECALL, readiness, reviewsToReady, studyPlan } from '../../src/core/readiness.ts';
import { createScheduler } from '../../src/core/scheduler.ts';
import type { CardProgress, SchedulingState } from '../../src/core/types.ts';
import { makeCard } from '../support/cards.ts';
import { gradedWhenDue, testScheduler } from '../support/progress.ts';
import { DAY, MIN } from '../support/time.ts';

// Local time, a Tuesday morning; the study day starts at 4:00.
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const H = 4;

/** The model from the other side: review at each due date before the deadline, answering Good. */
function dueDatesBefore(start: SchedulingState | undefined, now: number, deadline: number): number {
  const plan = createScheduler({ desiredRetention: READY_RECALL, fuzz: false });
  let s = start ?? plan.newCardState(now);
  let t = now;
  let n = 0;
  while (s.state === 'new' || s.due <= deadline) {
    t = Math.max(t, s.state === 'new' ? t : s.due);
    s = plan.grade(s, 'good', t).state;
    n += 1;
  }
  return n;
}

describe('interview date', () => {
  it('accepts real dates only', () => {
    expect(parseDate('2025-03-31')).toEqual({ y: 2025, m: 2, d: 31 });
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('2025-3-1')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('counts days from the study day, so 2:00 is still the evening before', () => {
    expect(daysUntil('2025-03-11', NOW, H)).toBe(0);
    expect(daysUntil('2025-03-12', NOW, H)).toBe(1);
    expect(daysUntil('2025-04-10', NOW, H)).toBe(30);
    expect(daysUntil('2025-03-10', NOW, H)).toBe(-1);
    const twoAm = new Date(2025, 2, 12, 2, 0).getTime();
    expect(daysUntil('2025-03-12', twoAm, H)).toBe(1);
    expect(daysUntil('2025-02-30', NOW, H)).toBeNull();
  });

  it('predicts recall for local noon on the day', () => {
    expect(interviewMoment('2025-03-20')).toBe(new Date(2025, 2, 20, 12, 0).getTime());
  });
});

describe('readiness', () => {
  const cards = [
    makeCard('fresh', { deck: 'orm', topic: 'Django' }),
    makeCard('solid', { deck: 'orm', topic: 'Django' }),
    makeCard('fading', { deck: 'sql', topic: 'SQL' }),
    makeCard('loose', { deck: 'sql' }),
  ];
  const progress = new Map<string, CardProgress>([
    // Learnt a month ago and reviewed on time since: recalled now.
    ['solid', gradedWhenDue(['good', 'good', 'good', 'good'], NOW - 30 * DAY)],
    // Learnt long ago and never seen again: forgotten by now.
    ['fading', gradedWhenDue(['good', 'good'], NOW - 60 * DAY)],
    ['loose', gradedWhenDue(['good', 'good'], NOW - 10 * MIN)],
  ]);

  it('counts per deck and per topic the cards recalled now with at least 90 %', () => {
    const solid = testScheduler.retrievability(progress.get('solid')!.sched, NOW);
    const fading = testScheduler.retrievability(progress.get('fading')!.sched, NOW);
    expect(solid).toBeGreaterThanOrEqual(READY_RECALL);
    expect(fading).toBeLessThan(READY_RECALL);

    const r = readiness(cards, progress, testScheduler, NOW, null);
    expect(r.byDeck).toEqual([
      { key: 'orm', cards: 2, readyNow: 1, recallAt: null },
      { key: 'sql', cards: 2, readyNow: 1, recallAt: null },
    ]);
    // Topics in the order of the notes; cards under no topic form their own group.
    expect(r.byTopic.map((row) => [row.key, row.cards, row.readyNow])).toEqual([
      ['Django', 2, 1],
      ['SQL', 1, 0],
      ['', 1, 1],
    ]);
  });

  it('predicts the mean recall on the day, a new card counting as 0', () => {
    const at = interviewMoment('2025-03-25')!;
    const r = readiness(cards, progress, testScheduler, NOW, at);
    const solidThen = testScheduler.retrievability(progress.get('solid')!.sched, at);
    const django = r.byTopic.find((row) => row.key === 'Django')!;
    expect(django.recallAt).toBeCloseTo(solidThen / 2, 10);
    // Recall only falls with time: the day's forecast is below today's.
    expect(solidThen).toBeLessThan(testScheduler.retrievability(progress.get('solid')!.sched, NOW));
  });
});

describe('reviewsToReady', () => {
  const deadlineIn = (days: number) => new Date(2025, 2, 11 + days, H).getTime();
  const noonOf = (days: number) => new Date(2025, 2, 11 + days, 12).getTime();

  it('for a new card, equals reviewing it each time it falls due before the day', () => {
    for (const days of [1, 7, 30, 90]) {
      expect(reviewsToReady(undefined, NOW, deadlineIn(days), noonOf(days))).toBe(dueDatesBefore(undefined, NOW, deadlineIn(days)));
    }
  });

  it('grows with the time to cover: a month needs more reviews than a week', () => {
    const week = reviewsToReady(undefined, NOW, deadlineIn(7), noonOf(7));
    const month = reviewsToReady(undefined, NOW, deadlineIn(30), noonOf(30));
    expect(week).toBeGreaterThanOrEqual(3);
    expect(month).toBeGreaterThan(week);
  });

  it('is 0 for a card that will still be recalled with 90 % on the day', () => {
    const justLearnt = gradedWhenDue(['good', 'good', 'good'], NOW - 5 * DAY).sched;
    expect(testScheduler.retrievability(justLearnt, noonOf(1))).toBeGreaterThanOrEqual(READY_RECALL);
    expect(reviewsToReady(justLearnt, NOW, deadlineIn(1), noonOf(1))).toBe(0);
  });
});

describe('studyPlan', () => {
  const cards = [
    makeCard('n1', { deck: 'sql', topic: 'SQL' }),
    makeCard('n2', { deck: 'sql', topic: 'SQL' }),
    makeCard('n3', { deck: 'sql', topic: 'SQL' }),
    makeCard('learnt', { deck: 'orm', topic: 'Django' }),
  ];
  const date = '2025-03-25'; // 14 study days away
  const learnt = gradedWhenDue(['good', 'good', 'good', 'good', 'good'], NOW - 120 * DAY);

  it('targets the weakest topic and spreads its reviews over the days left', () => {
    const progress = new Map([['learnt', learnt]]);
    const { byTopic } = readiness(cards, progress, testScheduler, NOW, interviewMoment(date));
    const plan = studyPlan(cards, progress, byTopic, NOW, date, H)!;
    const perNew = reviewsToReady(undefined, NOW, new Date(2025, 2, 25, H).getTime(), interviewMoment(date)!);
    expect(plan).toMatchObject({ topic: 'SQL', deck: 'sql', recallAt: 0, studyDays: 14, doneToday: 0, reviewsNeeded: 3 * perNew });
    expect(plan.perDay).toBe(Math.ceil((3 * perNew) / 14));
  });

  it("counts today's grades on the topic's cards, and keeps the day's figure as it was in the morning", () => {
    const started = gradedWhenDue(['good'], NOW - 30 * MIN); // n1 was begun this morning
    const yesterday = gradedWhenDue(['good'], NOW - DAY); // not today's
    const progress = new Map([
      ['learnt', learnt],
      ['n1', started],
      ['n2', yesterday],
    ]);
    const { byTopic } = readiness(cards, progress, testScheduler, NOW, interviewMoment(date));
    const plan = studyPlan(cards, progress, byTopic, NOW, date, H)!;
    expect(plan.topic).toBe('SQL');
    expect(plan.doneToday).toBe(1);
    expect(plan.perDay).toBe(Math.ceil((plan.reviewsNeeded + 1) / 14));
  });

  it("reads no log of a card last graded before today when counting today's grades", () => {
    const read: string[] = [];
    /** A record whose log getter notes each read, as a record fresh from storage decodes on read. */
    const watched = (id: string, p: CardProgress): [string, CardProgress] => [
      id,
      {
        sched: p.sched,
        get log() {
          read.push(id);
          return p.log;
        },
      },
    ];
    const progress = new Map([
      watched('learnt', learnt),
      watched('n1', gradedWhenDue(['good'], NOW - 30 * MIN)),
      watched('n2', gradedWhenDue(['good'], NOW - DAY)),
    ]);
    const { byTopic } = readiness(cards, progress, testScheduler, NOW, interviewMoment(date));
    read.length = 0;
    expect(studyPlan(cards, progress, byTopic, NOW, date, H)?.doneToday).toBe(1);
    expect([...new Set(read)]).toEqual(['n1']);
  });

  it('has nothing left to plan on the day itself or after it', () => {
    const { byTopic } = readiness(cards, new Map(), testScheduler, NOW, interviewMoment('2025-03-11'));
    expect(studyPlan(cards, new Map(), byTopic, NOW, '2025-03-11', H)).toBeNull();
    expect(studyPlan(cards, new Map(), byTopic, NOW, '2025-03-01', H)).toBeNull();
  });

  it('needs no review when the weakest topic is already ready', () => {
    const only = [makeCard('learnt', { deck: 'orm', topic: 'Django' })];
    const progress = new Map([['learnt', gradedWhenDue(['good', 'good', 'good'], NOW - 5 * DAY)]]);
    const soon = '2025-03-12';
    const { byTopic } = readiness(only, progress, testScheduler, NOW, interviewMoment(soon));
    expect(studyPlan(only, progress, byTopic, NOW, soon, H)).toMatchObject({ topic: 'Django', reviewsNeeded: 0, perDay: 0 });
  });
});
