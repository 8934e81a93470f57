import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, encodeMarks, flagCard, restoreMarks, toggleStar, unflagCard } from '../../src/core/marks.ts';
import { marksToMarkdown } from '../../src/core/marks-checklist.ts';
import type { CardMark } from '../../src/core/types.ts';
import { makeCard } from '../support/cards.ts';

const NOW = Date.UTC(2025, 2, 10, 9, 0);
const LABELS = { title: 'Карточки к исправлению', flagged: 'Ошибочные', starred: 'Избранные', missingCard: (id: string) => `карточка ${id} (нет в заметках)` };

describe('flags and stars', () => {
  it('a flag carries a note for the author; a new note replaces the old one', () => {
    let marks = flagCard(new Map(), 'c1', '  ответ про 29-й вопрос  ', NOW);
    expect(marks.get('c1')).toEqual({ flagged: true, note: 'ответ про 29-й вопрос', starred: false, updatedAt: NOW });
    marks = flagCard(marks, 'c1', 'другая заметка', NOW + 1);
    expect(marks.get('c1')?.note).toBe('другая заметка');
  });

  it('star and flag are independent; a card with neither has no mark', () => {
    let marks = toggleStar(new Map(), 'c1', NOW);
    marks = flagCard(marks, 'c1', 'x', NOW);
    marks = unflagCard(marks, 'c1', NOW);
    expect(marks.get('c1')).toMatchObject({ starred: true, flagged: false, note: '' });
    marks = toggleStar(marks, 'c1', NOW);
    expect(marks.has('c1')).toBe(false);
  });

  it('never changes the map it is given', () => {
    const before = new Map<string, CardMark>();
    toggleStar(before, 'c1', NOW);
    expect(before.size).toBe(0);
  });

  it('cuts a pasted novel to the note limit', () => {
    expect(flagCard(new Map(), 'c1', 'x'.repeat(MAX_NOTE_LENGTH + 50), NOW).get('c1')?.note).toHaveLength(MAX_NOTE_LENGTH);
  });
});

describe('marks storage', () => {
  it('round-trips, "__proto__" included', () => {
    let marks = flagCard(new Map(), '__proto__', 'note', NOW);
    marks = toggleStar(marks, 'c2', NOW);
    const restored = restoreMarks(JSON.parse(encodeMarks(marks)));
    expect(restored).toEqual({ value: marks, problems: [] });
  });

  it('leaves out a broken entry, names it, keeps the rest', () => {
    const json = { v: 1, marks: [['c1', { flagged: true, note: 'ok', starred: false, updatedAt: NOW }], ['c2', { flagged: 'yes' }], 7] };
    const { value, problems } = restoreMarks(json);
    expect([...value.keys()]).toEqual(['c1']);
    expect(problems).toHaveLength(2);
  });

  it('reads another version as nothing, with a problem to report', () => {
    expect(restoreMarks({ v: 9, marks: [] }).problems).toHaveLength(1);
  });
});

describe('marksToMarkdown', () => {
  const cards = [
    makeCard('c1', { deck: 'django-orm', question: 'Что такое ORM?', source: { file: 'content/django-orm.md', line: 10 } }),
    makeCard('c2', { deck: 'django-orm', question: 'Что такое\nмиграции?', source: { file: 'content/django-orm.md', line: 20 } }),
    makeCard('c3', { deck: 'django-orm', question: 'Что такое GIL?', source: { file: 'content/django-orm.md', line: 30 } }),
  ];

  it('lists flagged cards as a checklist with note and source, then starred ones, in the notes order', () => {
    let marks = flagCard(new Map(), 'c3', 'ответ про другое', NOW);
    marks = flagCard(marks, 'c1', '', NOW);
    marks = toggleStar(marks, 'c2', NOW);
    expect(marksToMarkdown(marks, cards, LABELS)).toBe(
      [
        '# Карточки к исправлению',
        '',
        '## Ошибочные',
        '',
        '- [ ] Что такое ORM? (content/django-orm.md:10)',
        '- [ ] Что такое GIL? — ответ про другое (content/django-orm.md:30)',
        '',
        '## Избранные',
        '',
        '- [ ] Что такое миграции? (content/django-orm.md:20)',
        '',
      ].join('\n'),
    );
  });

  it('keeps a note on one line and names a card that left the notes', () => {
    const marks = flagCard(new Map(), 'gone', 'строка 1\nстрока 2', NOW);
    expect(marksToMarkdown(marks, cards, LABELS)).toContain('- [ ] карточка gone (нет в заметках) — строка 1 строка 2');
  });
});
