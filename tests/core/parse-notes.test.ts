// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardIdFor } from '../../src/core/card-id.ts';
import { cleanChatExport } from '../../src/core/chat-export.ts';
import { buildNotes, md } from '../support/notes.ts';


describe('sections', () => {
  it('the first level-1 heading names the deck, each level-1 heading the topic', () => {
    const { collection } = buildNotes(md('Python', '======', '', '## Q1', 'A1', '', '# Типы', '', '## Q2', 'A2'));
    expect(collection.decks).toMatchObject([{ id: 'notes-1', title: 'Python', cardCount: 2 }]);
    expect(collection.cards.map((c) => c.topic)).toEqual(['Python', 'Типы']);
  });

  it('each ## heading with a body is one card; ### subsections, lists and code stay in its answer', () => {
    const { collection } = buildNotes(
      md('# D', '## Что такое GIL?', 'Глобальная блокировка.', '', '### Зачем', '- один поток', '', '```', 'import threading', '```', '## Next', 'x'),
    );
    expect(collection.cards).toHaveLength(2);
    expect(collection.cards[0]).toMatchObject({
      question: 'Что такое GIL?',
      answer: md('Глобальная блокировка.', '', '### Зачем', '- один поток', '', '```python', 'import threading', '```'),
      source: { file: 'notes-1.md', line: 2 },
      kind: 'section',
    });
  });

  it('a thematic break ends the card; prose after it, in no card, is skipped with its line', () => {
    const { collection } = buildNotes(md('# D', '## Q', 'A', '', '---', '', 'Случайная заметка.', '', '## Q2', 'A2'));
    expect(collection.cards[0]!.answer).toBe('A');
    expect(collection.skipped).toEqual([{ file: 'notes-1.md', line: 7, reason: 'text under a topic, in no card' }]);
  });

  it('a heading without text, or without a body, is skipped, not a card', () => {
    const { collection } = buildNotes(md('# D', '## ', '', '---', '## Пустой', '', '---', '## Q', 'A'));
    expect(collection.cards.map((c) => c.question)).toEqual(['Q']);
    expect(collection.skipped).toEqual([
      { file: 'notes-1.md', line: 2, reason: 'heading without text' },
      { file: 'notes-1.md', line: 5, reason: 'heading without a body' },
    ]);
  });

  it('a stray empty list item is dropped', () => {
    const { collection } = buildNotes(md('## Q', '- a', '- b', '- ', '---'));
    expect(collection.cards[0]!.answer).toBe(md('- a', '- b'));
  });

  it('code without a language becomes python; a named language is kept', () => {
    const { collection } = buildNotes(md('## Q', '```', 'x = 1', '```', '', '```sql', 'SELECT 1;', '```'));
    expect(collection.cards[0]!.answer).toBe(md('```python', 'x = 1', '```', '', '```sql', 'SELECT 1;', '```'));
  });

  it('a list of questions under a ## heading without numbered answers stays one card', () => {
    const { collection } = buildNotes(md('## Вопросы работодателю', '1. Какой стек?', '2. Есть ли ревью?'));
    expect(collection.cards).toHaveLength(1);
    expect(collection.cards[0]!.kind).toBe('section');
  });
});

describe('regressions', () => {
  it('a --- under the last line of an answer no longer turns that line into a heading without a body', () => {
    const { collection } = buildNotes(md('# D', '## Что такое QuerySet?', 'Ленивый набор запросов.', 'Выполняется при переборе.', '---', '## Q2', 'A2'));
    expect(collection.cards.map((c) => [c.question, c.answer])).toEqual([
      ['Что такое QuerySet?', md('Ленивый набор запросов.', 'Выполняется при переборе.')],
      ['Q2', 'A2'],
    ]);
    expect(collection.skipped).toEqual([]);
  });

  it('a --- under a stray "- " no longer turns the answer above it into a heading', () => {
    const { collection } = buildNotes(md('## Q', 'Последняя фраза ответа.', '- ', '---', '## Q2', 'A2'));
    expect(collection.cards.map((c) => c.answer)).toEqual(['Последняя фраза ответа.', 'A2']);
  });

  it('a message cut between two words is no longer glued into one word', () => {
    const { collection } = buildNotes(md('## Q', 'Планировщик, который', '', 'Иван, [30.08.2023 21:24]', 'планирует задачи.'));
    expect(collection.cards[0]!.answer).toBe('Планировщик, который планирует задачи.');
  });

  it('a word cut under a WhatsApp header is no longer left in two halves', () => {
    const { collection } = buildNotes(
      md('## Q', 'Оркестратор контей', '[05.10.23, 19:03:03] Алексей Ким: неров на кластере.', '', '## Q2', 'Запускает контейнеры.'),
    );
    expect(collection.cards[0]!.answer).toBe('Оркестратор контейнеров на кластере.');
  });

  it("another person's message right under the last answer is no longer glued onto it", () => {
    const { collection } = buildNotes(
      md('1. Что такое TCP?', '2. Что такое UDP?', '', '1. a.', '2. b.', '[05.10.23, 19:04:15] Мария Левина: Спасибо! 🙏 Сохранила себе'),
    );
    expect(collection.cards.map((c) => c.answer)).toEqual(['a.', 'b.']);
    expect(collection.skipped).toEqual([{ file: 'notes-1.md', line: 6, reason: 'closing remark after the last answer' }]);
  });

  it('answers run together on one line no longer fail the whole file with "question 2 has no answer"', () => {
    const { collection, errors } = buildNotes(md('1. Что такое TCP?', '2. Что такое UDP?', '3. Что такое IP?', '', '1. TCP — с соединением. 2. UDP — без.', '3. IP — сетевой уровень.'));
    expect(errors).toEqual([]);
    expect(collection.cards.map((c) => c.answer)).toEqual(['TCP — с соединением.', 'UDP — без.', 'IP — сетевой уровень.']);
  });

  it('the answer of a heading above a numbered question list is no longer swallowed by the deck', () => {
    const { collection } = buildNotes(md('## Что такое GIL?', 'Глобальная блокировка.', '', 'Вопросы:', '', '1. Что такое a?', '2. Что такое b?', '', '1. a.', '2. b.'));
    expect(collection.cards.map((c) => [c.question, c.answer])).toEqual([
      ['Что такое GIL?', 'Глобальная блокировка.'],
      ['Что такое a?', 'a.'],
      ['Что такое b?', 'b.'],
    ]);
    expect(collection.decks.map((d) => d.title)).toEqual(['notes-1', 'Вопросы']);
  });

  it('the underscores of __new__ and __init__ in a question are no longer read as emphasis and lost', () => {
    const { collection } = buildNotes(
      md('## Чем __new__ отличается от __init__?', 'Создаёт и инициализирует.', '', 'Вопросы:', '', '1. Что такое *args и **kwargs?', '2. Зачем нужен __slots__?', '', '1. a.', '2. b.'),
    );
    expect(collection.cards.map((c) => c.question)).toEqual([
      'Чем __new__ отличается от __init__?',
      'Что такое *args и **kwargs?',
      'Зачем нужен __slots__?',
    ]);
    // Ids are made from the question's words, so a card keeps the progress it had under the mangled text.
    expect(collection.cards[0]!.id).toBe(cardIdFor('Чем new отличается от init?'));
  });

  it('a question pasted bold as a whole shows its words, while a name written alone keeps its underscores', () => {
    const { collection } = buildNotes(
      md('## **Что такое ORM?**', 'Отображение.', '', '## __init__', 'Инициализатор.', '', 'Вопросы:', '', '1. **Что такое GIL?**', '2. *Что такое list?*', '', '1. a.', '2. b.'),
    );
    expect(collection.cards.map((c) => c.question)).toEqual(['Что такое ORM?', '__init__', 'Что такое GIL?', 'Что такое list?']);
  });

  it('HTML under no heading is no longer dropped silently', () => {
    const { collection } = buildNotes(md('## Q', 'A', '', '---', '', '<details>ссылки</details>', '', '<!-- заметка себе -->'));
    expect(collection.skipped).toEqual([{ file: 'notes-1.md', line: 6, reason: 'text under no heading' }]);
  });
});

describe('numbered question lists', () => {
  const questions = md('Вопросы по Python:', '', '1. Что такое GIL?', '2. Что такое list?', '3. Что такое dict?', '');

  it('become a deck of their own, pairing question n with answer n by number, not by position', () => {
    const { collection, errors } = buildNotes(
      md('# Python', '', '---', '', questions, 'Ответы:', '', '2. List — изменяемая последовательность.', '1. GIL — глобальная блокировка интерпретатора.', '3. Dict — словарь, хеш-таблица.'),
    );
    expect(errors).toEqual([]);
    expect(collection.decks).toMatchObject([{ id: 'notes-1-questions', title: 'Вопросы по Python', kind: 'numbered', cardCount: 3 }]);
    expect(collection.cards.map((c) => [c.number, c.question, c.answer])).toEqual([
      [1, 'Что такое GIL?', 'GIL — глобальная блокировка интерпретатора.'],
      [2, 'Что такое list?', 'List — изменяемая последовательность.'],
      [3, 'Что такое dict?', 'Dict — словарь, хеш-таблица.'],
    ]);
    expect(collection.cards[0]!.source).toEqual({ file: 'notes-1.md', line: 7 });
  });

  it('split answers that CommonMark swallows into one paragraph as lazy continuations', () => {
    // After a paragraph line, "2." cannot start a list: the parser sees one paragraph.
    const { collection } = buildNotes(md(questions, 'Ответы: 1. GIL — блокировка.', '2. List — список.', '3. Dict — словарь.'));
    // The label line carries answer 1 on it, so it is not an answer line: question 1 has none.
    expect(collection.cards.map((c) => c.number)).toEqual([2, 3]);
    const lazy = buildNotes(md(questions, 'Ответы:', '1. GIL — блокировка.', 'продолжение ответа 1', '2. List — список.', '3. Dict — словарь.'));
    expect(lazy.collection.cards.map((c) => c.answer)).toEqual(['GIL — блокировка.\nпродолжение ответа 1', 'List — список.', 'Dict — словарь.']);
  });

  it('rejoin a message split across chat exports, a word cut in the middle, and a bare number', () => {
    const { collection } = buildNotes(
      md(questions, 'Ответы:', '', '1. GIL мешает многопоточ', '', 'Иван, [30.08.2023 21:24]', 'ности в CPython.', '2.', '', 'Иван, [30.08.2023 21:25]', 'List — список.', '3. Dict — словарь.'),
    );
    expect(collection.cards.map((c) => c.answer)).toEqual(['GIL мешает многопоточности в CPython.', 'List — список.', 'Dict — словарь.']);
  });

  it('keep the closing remark after the last answer out of it, and list it as skipped', () => {
    const { collection } = buildNotes(md(questions, 'Ответы:', '1. a.', '2. b.', '3. c.', '', 'Удачи на собеседовании!'));
    expect(collection.cards[2]!.answer).toBe('c.');
    expect(collection.skipped).toContainEqual({ file: 'notes-1.md', line: 12, reason: 'closing remark after the last answer' });
  });

  it('fail with file:line when a numbered question has no answer, and say where the answers are', () => {
    const { errors, collection } = buildNotes(md(questions, 'Ответы:', '1. a.', '3. c.'));
    expect(errors.map((e) => e.message)).toEqual(['notes-1.md:4: question 2 has no answer: no answer numbered 2 in the answers (lines 8–9)']);
    expect(collection.cards).toHaveLength(2);
  });

  it('split answers that run together on one line, after the end of a sentence', () => {
    const { collection, errors } = buildNotes(md(questions, '1. GIL — блокировка. 2. List — список. 3) Dict — словарь.'));
    expect(errors).toEqual([]);
    expect(collection.cards.map((c) => c.answer)).toEqual(['GIL — блокировка.', 'List — список.', 'Dict — словарь.']);
  });

  it('split answers on one line only where a question has no answer, and never inside code', () => {
    const answered = buildNotes(md(questions, '1. GIL мешает с версии 3. 2. Иначе.', '2. List.', '3. Dict.'));
    expect(answered.collection.cards[0]!.answer).toBe('GIL мешает с версии 3. 2. Иначе.');
    const inCode = buildNotes(md(questions, '1. GIL.', '2. List — `x = 1. 3. y`.', '', '```', 'print(1). 3. y', '```'));
    expect(inCode.errors.map((e) => e.detail)).toEqual(['question 3 has no answer: no answer numbered 3 in the answers (lines 7–12)']);
  });

  it('fail, saying so, when no numbered answers follow the questions', () => {
    const { errors, collection } = buildNotes(md('1. Что такое GIL?', '2. Что такое list?', '', 'Ответы будут позже.'));
    expect(errors.map((e) => e.message)).toEqual([
      'notes-1.md:1: question 1 has no answer: no numbered answers follow the questions',
      'notes-1.md:2: question 2 has no answer: no numbered answers follow the questions',
    ]);
    expect(collection.skipped).toEqual([{ file: 'notes-1.md', line: 4, reason: 'text between the questions and the answers' }]);
  });

  it('fail with file:line when an answer has no question', () => {
    const { errors } = buildNotes(md(questions, 'Ответы:', '1. a.', '2. b.', '3. c.', '4. d.'));
    expect(errors.map((e) => e.message)).toEqual(['notes-1.md:11: answer 4 has no question']);
  });
});

describe('chat-export headers', () => {
  it('never appear in a card, and separate messages are not glued together', () => {
    const { collection } = buildNotes(md('## Q', 'Первое сообщение', '', 'Иван Петров, [01.09.2023 10:00]', 'Второе сообщение.'));
    expect(collection.cards[0]!.answer).toBe(md('Первое сообщение', '', 'Второе сообщение.'));
  });

  it('are left alone inside fenced code', () => {
    const lines = cleanChatExport(['```', 'Иван, [01.09.2023 10:00]', '```']);
    expect(lines.map((l) => l.text)).toEqual(['```', 'Иван, [01.09.2023 10:00]', '```']);
  });

  it('keep file line numbers for what follows them', () => {
    const { collection } = buildNotes(md('Иван, [01.09.2023 10:00]', '## Q', 'A'));
    expect(collection.cards[0]!.source.line).toBe(2);
  });
});

describe('card ids', () => {
  it('can be pinned with {#id} after the question', () => {
    const { collection } = buildNotes(md('## Что такое GIL? {#gil}', 'A'));
    expect(collection.cards[0]).toMatchObject({ id: 'gil', question: 'Что такое GIL?' });
  });

  it('fail as duplicates with both places', () => {
    const { errors } = buildNotes(md('## Что такое GIL?', 'A'), md('# Other', '', '## что такое  GIL', 'B'));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^notes-2\.md:3: duplicate card id "c[0-9a-z]+": also at notes-1\.md:1 /),
    ]);
  });

  it('fail as duplicates when two cards pin the same id', () => {
    const { errors } = buildNotes(md('## A {#x}', 'a', '## B {#x}', 'b'));
    expect(errors[0]!.message).toBe('notes-1.md:3: duplicate card id "x": also at notes-1.md:1 (pin a different id with {#id})');
  });
});
