/**
 * The corrections written for the author's notes (content/django-orm.corrections.md), as the build
 * attaches them: every card the content review found wrong, outdated or not answering its question
 * carries one; each is in Russian, rests on an official https page, is pinned to the answer as it is,
 * and any Python in it parses.
 */
import { describe, expect, it } from 'vitest';
import { checkPython } from '../../src/core/python-syntax.ts';
import { loadCollection } from '../../scripts/vite-plugin-cards.ts';

const { collection, errors } = loadCollection('content');
const byQuestion = (question: string) => collection.cards.find((c) => c.question === question);

/** Cards the review marks wrong, outdated or mismatched (numbered ones by their number). */
const MUST_BE_CORRECTED = [
  'Возможности Django',
  'Что такое Middleware, для чего, как реализуется',
  'Опишите алгоритм работы CSRF middleware',
  'Что такое сигналы? Зачем нужны? Назовите основные',
  'Как реализуется связь m2m на уровне базы данных',
  'Что такое Meta в классах Django и для чего нужен',
  'Какая разница в быстродействии между django и Flask (и почему)',
  'Как в django работает система аутентификации',
  'select_related и prefetch_related',
  4, 8, 17, 19, 20, 25, 27, 29, 30, 36, 37, 42, 44, 48,
] as const;

const OFFICIAL = /^https:\/\/(docs\.djangoproject\.com|www\.django-rest-framework\.org|flask\.palletsprojects\.com|docs\.python\.org|datatracker\.ietf\.org|www\.rfc-editor\.org|github\.com)\//;

describe('the corrections of the author’s notes', () => {
  const corrected = collection.cards.filter((c) => c.corrections?.length);
  const all = corrected.flatMap((c) => c.corrections!);

  it('build without errors, and none is stale', () => {
    expect(errors).toEqual([]);
    expect(collection.warnings.filter((w) => w.kind === 'correction-stale')).toEqual([]);
    expect(all.some((c) => c.stale)).toBe(false);
  });

  it.each(MUST_BE_CORRECTED)('correct %s', (which) => {
    const card = typeof which === 'number' ? collection.cards.find((c) => c.number === which) : byQuestion(which);
    expect(card?.corrections?.length).toBeGreaterThan(0);
  });

  it('are in Russian, short, and each rests on at least one official https page', () => {
    for (const c of all) {
      expect(c.text).toMatch(/[а-яё]{4,}/i);
      // 1–4 sentences or a small code block: a correction is read during a quick review.
      expect(c.text.replace(/```[\s\S]*?```/g, '').length).toBeLessThan(900);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const url of c.sources) expect(url).toMatch(/^https:\/\//);
      expect(c.sources.some((url) => OFFICIAL.test(url))).toBe(true);
    }
  });

  it('quote the answer they correct, word for word', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const card of corrected) for (const c of card.corrections!) if (c.quote) expect(squash(card.answer)).toContain(squash(c.quote));
  });

  it('hold only Python that parses', () => {
    const blocks = all.flatMap((c) => [...c.text.matchAll(/```(?:python|py)?\n([\s\S]*?)```/g)].map((m) => m[1]!));
    expect(blocks.length).toBeGreaterThan(0);
    for (const code of blocks) expect(checkPython(code).problems).toEqual([]);
  });
});
