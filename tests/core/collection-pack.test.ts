// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PACKED_VERSION, packCollection, readIndexText, unpackCollection, withAnswers, writeIndexText } from '../../src/core/collection-pack.ts';
import { buildCollection } from '../../src/core/collection.ts';
import type { Card } from '../../src/core/types.ts';
import { buildNotes, realNotes } from '../support/notes.ts';

describe('packing the collection for the browser', () => {
  it('gives back the real notes exactly: every card, deck, skip and warning', () => {
    const { collection } = buildCollection([realNotes()]);
    const { index, answers } = packCollection(collection);
    expect(unpackCollection(readIndexText(writeIndexText(index)), answers)).toEqual(collection);
    // Topics, numbers and audit warnings all survive (the real notes have each).
    expect(collection.cards.some((c) => c.number !== undefined && c.suspect !== undefined && c.topic !== undefined)).toBe(true);
  });

  it('gives back the file and line of every card, across files and when a card comes before a line already passed', () => {
    const { collection } = buildCollection([
      { path: 'content/a.md', text: '# A\n\n## Один?\nДа.\n\n## Два?\nНет.\n' },
      { path: 'content/b.md', text: '# B\n\n\n\n## Три?\nДа.\n' },
    ]);
    const [one, two, three] = collection.cards as [Card, Card, Card];
    // Out of file order: the index must not assume each card is further down its file.
    const shuffled = { ...collection, cards: [two, one, three] };
    for (const c of [collection, shuffled]) {
      const { index, answers } = packCollection(c);
      expect(unpackCollection(readIndexText(writeIndexText(index)), answers).cards.map((card) => card.source)).toEqual(c.cards.map((card) => card.source));
    }
    expect(collection.cards.map((c) => `${c.source.file}:${c.source.line}`)).toEqual(['content/a.md:3', 'content/a.md:6', 'content/b.md:5']);
  });

  it('keeps the answers out of the index, so the first card needs none of their bytes', () => {
    const { collection } = buildNotes('# Python\n\n## Что такое GIL?\nГлобальная блокировка интерпретатора.\n');
    const { index, answers } = packCollection(collection);
    expect(JSON.stringify(index)).not.toContain('Глобальная');
    expect(answers).toEqual(['Глобальная блокировка интерпретатора.']);
  });

  it('without the answers, cards carry an empty answer; withAnswers fills them in as new card objects', () => {
    const { collection } = buildCollection([realNotes()]);
    const { index, answers } = packCollection(collection);
    const questionsOnly = unpackCollection(index, null);
    expect(questionsOnly.cards.map((c) => c.answer).every((a) => a === '')).toBe(true);
    expect(questionsOnly.cards.map((c) => c.question)).toEqual(collection.cards.map((c) => c.question));
    const full = withAnswers(questionsOnly, answers);
    expect(full).toEqual(collection);
    expect(full.cards[0]).not.toBe(questionsOnly.cards[0]);
  });

  it('refuses answers from another build, and an index of another version', () => {
    const { collection } = buildNotes('# A\n\n## Один?\nДа.\n\n## Два?\nНет.\n');
    const { index, answers } = packCollection(collection);
    expect(() => unpackCollection(index, answers.slice(1))).toThrow(/1 answers for 2 cards/);
    expect(() => withAnswers(unpackCollection(index, null), [...answers, 'лишний'])).toThrow(/3 answers for 2 cards/);
    expect(() => unpackCollection({ ...index, v: PACKED_VERSION + 1 }, answers)).toThrow(/version/);
  });

  it('ships the index as JSON text that reads back whatever characters its questions hold', () => {
    const { collection } = buildNotes('# A\n\n## Один?\nДа.\n\n## Два?\nНет.\n');
    const { index } = packCollection(collection);
    const awkward = ['Что делает `\\n` в строке?', 'Две\nстроки\r\nи ещё', 'C:\\path\\n', '\\', '', 'конец\\'];
    const many = { ...index, cards: { ...index.cards, id: awkward.map((_, i) => `c${i}`), question: awkward } };
    for (const key of ['deck', 'topic', 'file', 'line', 'shape', 'number', 'suspect'] as const) many.cards[key] = awkward.map(() => index.cards[key][0]!) as never;
    expect(readIndexText(writeIndexText(many))).toEqual(many);
    const none = { ...index, cards: { id: [], deck: [], topic: [], question: [], file: [], line: [], shape: [], number: [], suspect: [] } };
    expect(readIndexText(writeIndexText(none))).toEqual(none);
  });

  it('refuses a text that is not an index, or whose questions do not match its cards', () => {
    const { collection } = buildNotes('# A\n\n## Один?\nДа.\n\n## Два?\nНет.\n');
    const text = writeIndexText(packCollection(collection).index);
    expect(() => readIndexText('<!doctype html>')).toThrow(/not an index/);
    const index = JSON.parse(text) as { cards: { question: string[] } };
    index.cards.question.push('лишний');
    expect(() => readIndexText(JSON.stringify(index))).toThrow(/3 questions for 2 cards/);
  });
});
