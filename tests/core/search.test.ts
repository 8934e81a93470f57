import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeForSearch, queryTerms, searchCards } from '../../src/core/search.ts';
import { makeCard } from '../support/cards.ts';

const CARDS = [
  makeCard('sr', { question: 'Чем select_related отличается от prefetch_related?', answer: '`select_related` делает JOIN.' }),
  makeCard('orm', { question: 'Что такое ORM?', answer: 'Объектно-реляционное отображение, например Django ORM.' }),
  makeCard('yo', { question: 'Что даёт ещё один индекс?', answer: 'Ускоряет чтение, замедляет запись.' }),
  makeCard('gil', { question: 'Что такое GIL?', answer: 'Global Interpreter Lock: один поток исполняет байт-код.' }),
];
const index = buildSearchIndex(CARDS);
const ids = (query: string): string[] => searchCards(index, query).map((i) => CARDS[i]!.id);

describe('searchCards', () => {
  it('finds select_related in a question or an answer', () => {
    expect(ids('select_related')).toEqual(['sr']);
    expect(ids('JOIN')).toEqual(['sr']);
  });

  it('ignores case', () => {
    expect(ids('orm')).toEqual(['orm']);
    expect(ids('gLoBaL interpreter')).toEqual(['gil']);
  });

  it('folds ё to е both ways', () => {
    expect(ids('еще')).toEqual(['yo']);
    expect(ids('ЕЩЁ')).toEqual(['yo']);
    expect(ids('даёт')).toEqual(['yo']);
  });

  it('needs every word of the query, in any order', () => {
    expect(ids('lock поток')).toEqual(['gil']);
    expect(ids('поток django')).toEqual([]);
  });

  it('matches part of a word, so a half-typed query already finds', () => {
    expect(ids('prefetch_rel')).toEqual(['sr']);
  });

  it('a blank query lists every card in collection order', () => {
    expect(ids('')).toEqual(['sr', 'orm', 'yo', 'gil']);
    expect(ids('   ')).toEqual(['sr', 'orm', 'yo', 'gil']);
  });

  it('a word is not matched across the question/answer boundary', () => {
    const idx = buildSearchIndex([makeCard('x', { question: 'Что такое ORM', answer: 'Django' })]);
    expect(searchCards(idx, 'ormdjango')).toEqual([]);
    expect(searchCards(idx, 'orm django')).toEqual([0]);
  });

  it('agrees with a naive filter on any text (property)', () => {
    const word = fc.stringMatching(/^[a-zа-яёA-ZА-ЯЁ_]{1,4}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), fc.array(word, { minLength: 1, maxLength: 3 }), (pairs, words) => {
        const cards = pairs.map(([q, a], i) => makeCard(`c${i}`, { question: q, answer: a }));
        const query = words.join(' ');
        const expected = cards
          .map((c, i) => ({ c, i }))
          .filter(({ c }) => queryTerms(query).every((w) => normalizeForSearch(c.question).includes(w) || normalizeForSearch(c.answer).includes(w)))
          .map(({ i }) => i);
        expect(searchCards(buildSearchIndex(cards), query)).toEqual(expected);
      }),
    );
  });
});

describe('normalizeForSearch', () => {
  it('lower-cases and folds ё', () => {
    expect(normalizeForSearch('Ёлка и ЁЖ')).toBe('елка и еж');
  });

  it('splits a query on any whitespace', () => {
    expect(queryTerms('  Ёлка\n\tИ  ЁЖ ')).toEqual(['елка', 'и', 'еж']);
  });
});
