// @vitest-environment node
/**
 * Key points and coverage (src/core/key-points.ts), on made-up answers for each rule and on the
 * author's real notes: the 50 junior questions with their corrections, as the build makes them.
 */
import { describe, expect, it } from 'vitest';
import { loadCollection } from '../../scripts/vite-plugin-cards.ts';
import { coverageOf } from '../../src/core/coverage.ts';
import { genericStems, keyPoints, MAX_KEY_POINTS, stemOf } from '../../src/core/key-points.ts';
import type { Answered } from '../../src/core/key-points.ts';
import type { Card } from '../../src/core/types.ts';

const { collection } = loadCollection('content');
const junior = collection.cards.filter((c) => c.deck === 'django-orm-questions');
const generic = genericStems(junior);

/** What a learner types when they know the answer shown: its words and code, no markdown, ё typed as е. */
function typedBack(card: Answered): string {
  return [card.answer, ...(card.corrections ?? []).map((c) => c.text)]
    .join('\n')
    .replace(/```[^\n]*\n|```/g, '')
    .replace(/[`*]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replaceAll('ё', 'е');
}

const coverage = (card: Card, typed: string): number => coverageOf(keyPoints(card, generic), typed).ratio;
const answer = (question: string, text: string, more: Partial<Card> = {}): Answered => ({ question, answer: text, ...more });

describe('key points', () => {
  it('are code spans, the parts of an enumeration, and the words that carry the answer', () => {
    const points = keyPoints(
      answer('Что такое миграции?', 'Миграции применяются командой `migrate`. Основные команды: makemigrations, showmigrations, sqlmigrate.'),
    );
    expect(points.map((p) => [p.kind, p.label])).toEqual([
      ['term', 'применяются'],
      ['term', 'командой'],
      ['code', 'migrate'],
      ['item', 'makemigrations'],
      ['item', 'showmigrations'],
      ['item', 'sqlmigrate'],
    ]);
  });

  it('leave out the question’s own words, function words and words most answers of the deck share', () => {
    const labels = keyPoints(answer('Что такое ORM в Django?', 'ORM в Django — это способ работать с таблицами как с классами.'), new Set([stemOf('работать')])).map((p) => p.label);
    expect(labels).toEqual(['таблицами', 'классами']);
  });

  it('take list items as points, covered when about half their words are named', () => {
    const [point] = keyPoints(answer('Какие кэши бывают?', '- кэш в памяти процесса Django\n- кэш в Redis'));
    expect(point).toMatchObject({ kind: 'item', label: 'кэш в памяти процесса Django' });
    expect(coverageOf([point!], 'процесс').covered).toEqual([false]);
    expect(coverageOf([point!], 'память процесса').covered).toEqual([true]);
  });

  it('count a status code as a word of its item: "request" alone is not "400 Bad Request"', () => {
    const points = keyPoints(answer('Какие коды ответов HTTP вы знаете?', 'Коды: 200 OK, 400 Bad Request, 404 Not Found.'));
    expect(points.map((p) => p.label)).toEqual(['200 OK', '400 Bad Request', '404 Not Found']);
    expect(coverageOf(points, 'request.session').covered).toEqual([false, false, false]);
    expect(coverageOf(points, '400 — плохой запрос, 404 not found').covered).toEqual([false, false, true]);
    expect(coverageOf(points, '200 ok и 400 bad request').covered).toEqual([true, true, false]);
  });

  it('drop what a correction quotes as wrong, and take the correction’s words instead', () => {
    const card = junior.find((c) => c.number === 8)!;
    const labels = keyPoints(card, generic).map((p) => p.label);
    expect(card.answer).toContain('Django ORM');
    expect(labels).not.toContain('ORM');
    expect(labels).toEqual(expect.arrayContaining(['django.db.migrations', 'makemigrations', 'migrate']));
  });

  it(`are at most ${MAX_KEY_POINTS}, code and list items first`, () => {
    for (const card of junior) expect(keyPoints(card, generic).length).toBeLessThanOrEqual(MAX_KEY_POINTS);
  });

  it('in the 50 junior questions, the words shared by most answers are Django, Flask, data and tools', () => {
    expect([...generic].sort()).toEqual(['django', 'flask', 'дан', 'инструмент'].sort());
  });
});

describe('coverage', () => {
  const points = keyPoints(answer('Как хранить сессии?', 'Сессии можно хранить в кэше, а ключ лежит в cookie `sessionid`; подпись даёт `SECRET_KEY`.'));

  it('matches words on their stems, whatever the case, with ё as е', () => {
    const { covered } = coverageOf(points, 'КЭШ, ключ лежит В КУКАХ, подписЬ дает');
    expect(points.map((p) => p.label)).toEqual(['кэше', 'ключ', 'лежит', 'cookie', 'sessionid', 'подпись', 'даёт', 'SECRET_KEY']);
    expect(covered).toEqual([true, true, true, false, false, true, true, false]);
  });

  it('keeps code identifiers exact: case and underscores count', () => {
    const code = points.filter((p) => p.kind === 'code');
    expect(coverageOf(code, 'secret_key и SessionId').ratio).toBe(0);
    expect(coverageOf(code, 'sessionid и SECRET_KEY').ratio).toBe(1);
    expect(coverageOf(code, 'SECRET_KEYS').ratio).toBe(0);
  });

  it('is zero for an answer without key points, and for "не знаю"', () => {
    expect(coverageOf([], 'что угодно').ratio).toBe(0);
    for (const card of junior) expect(coverage(card, 'не знаю'), `#${card.number}`).toBe(0);
  });
});

describe('coverage on the real notes (the 50 junior questions with their corrections)', () => {
  it('has 50 questions, each with key points', () => {
    expect(junior).toHaveLength(50);
    for (const card of junior) expect(keyPoints(card, generic).length, `#${card.number}`).toBeGreaterThan(0);
  });

  it('typing an answer back covers at least 80 % of its key points, for each of the 50', () => {
    for (const card of junior) expect(coverage(card, typedBack(card)), `#${card.number}`).toBeGreaterThanOrEqual(0.8);
  });

  it('typing it back in lower case covers the words still (only code keeps its case)', () => {
    for (const card of junior) {
      const points = keyPoints(card, generic).filter((p) => p.kind !== 'code');
      if (points.length === 0) continue; // #22: all of its points are code
      expect(coverageOf(points, typedBack(card).toLowerCase()).ratio, `#${card.number}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('typing another question’s answer covers under 30 % on average, and over 50 % only between near-copies', () => {
    let sum = 0;
    let pairs = 0;
    const high: string[] = [];
    for (const asked of junior) {
      for (const typed of junior) {
        if (typed === asked) continue;
        const ratio = coverage(asked, typedBack(typed));
        sum += ratio;
        pairs += 1;
        if (ratio > 0.5) high.push(`${asked.number} by ${typed.number}`);
      }
    }
    expect(sum / pairs).toBeLessThan(0.3);
    // "Question asked by the answer typed", for answers that say the same thing (docs/interview.md):
    // 28/35 signals and 24/32 "Django Forms, WTForms", word for word; the HTTP methods of 9 inside 12;
    // the databases of 31 inside 3's correction; the IPC tools of 41 inside 40; and caching: 43's
    // "Django Cache, Flask-Caching" inside 20 and 42, and 42's backends inside 20.
    expect(high.sort()).toEqual(['24 by 32', '28 by 35', '31 by 3', '32 by 24', '35 by 28', '41 by 40', '42 by 20', '43 by 20', '43 by 42', '9 by 12'].sort());
  });
});
