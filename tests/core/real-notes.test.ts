// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/core/collection.ts';
import type { Card } from '../../src/core/types.ts';
import { NOTES_PATH, realNotes } from '../support/notes.ts';

const notes = realNotes();
const { collection, errors } = buildCollection([notes]);
const rawLines = notes.text.split('\n');
const numbered = collection.cards.filter((c) => c.deck === 'django-orm-questions');
const byNumber = (n: number): Card => numbered.find((c) => c.number === n)!;

describe('the author notes (content/django-orm.md)', () => {
  it('parse without hard errors', () => {
    expect(errors).toEqual([]);
  });

  it('give one card per ## section with a body, and a deck of the 50 numbered questions', () => {
    expect(collection.decks.map((d) => [d.id, d.cardCount])).toEqual([
      ['django-orm', 14],
      ['django-orm-questions', 50],
    ]);
    // Every `## ` heading line in the file is a card or a listed skip: none is dropped silently.
    const headingLines = rawLines.flatMap((line, i) => (/^## /.test(line) || line === '##' ? [i + 1] : []));
    const accounted = new Set([
      ...collection.cards.filter((c) => c.kind === 'section').map((c) => c.source.line),
      ...collection.skipped.map((s) => s.line),
    ]);
    expect(headingLines.filter((line) => !accounted.has(line))).toEqual([]);
  });

  it('name the deck after the first level-1 heading and the topic after the latest', () => {
    expect(collection.decks[0]!.title).toBe('Django и ORM');
    expect(collection.cards[0]!.topic).toBe('Django');
  });

  it('pair question n with answer n for all 50, by the numbers the author wrote', () => {
    expect(numbered.map((c) => c.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const answersStart = rawLines.indexOf('Ответы:');
    for (const card of numbered) {
      const n = card.number!;
      const questionsStart = rawLines.findIndex((line) => line.startsWith("1. Что такое веб-фреймворк"));
      const questionLine = rawLines.find((line, i) => i >= questionsStart && i < answersStart && line.startsWith(`${n}. `))!;
      expect(card.question).toBe(questionLine.slice(`${n}. `.length).trim());
      const answerLine = rawLines.slice(answersStart).find((line) => line.startsWith(`${n}. `));
      // Answer 7's text sits after a chat header; every other answer starts on its own numbered line.
      if (answerLine) expect(card.answer.startsWith(answerLine.slice(`${n}. `.length).trim())).toBe(true);
      expect(card.answer).not.toMatch(/^\d+\.\s/m);
    }
    expect(byNumber(1).answer).toMatch(/^Веб-фреймворк - это программная платформа/);
    expect(byNumber(42).answer).toMatch(/^Кэширование - это процесс сохранения данных/);
  });

  it('rejoin answers the chat export split, including a word cut in the middle', () => {
    expect(byNumber(7).answer).toBe(
      'Миграции баз данных - это процесс автоматического обновления структуры базы данных при изменении моделей данных.',
    );
    expect(byNumber(41).answer).toBe(
      'В Django и Flask для межпроцессового взаимодействия используются различные методы, такие как использование сокетов, очередей сообщений и др.',
    );
    expect(byNumber(8).answer).toBe(
      'В Django для работы с миграциями используется инструмент Django ORM, а в Flask - инструмент Flask-Migrate.',
    );
  });

  it('keep chat-export headers out of every card and deck', () => {
    const texts = [
      ...collection.cards.flatMap((c) => [c.question, c.answer]),
      ...collection.decks.map((d) => d.title),
    ];
    for (const text of texts) {
      expect(text).not.toContain('Леонид Агапов');
      expect(text).not.toMatch(/\[\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\]/);
    }
  });

  it('leave the closing remark out of answer 50 and list it as skipped', () => {
    expect(byNumber(50).answer).toMatch(/без изменений\.$/);
    expect(collection.skipped).toEqual([
      { file: NOTES_PATH, line: 28, reason: 'heading without text' },
      { file: NOTES_PATH, line: 267, reason: 'text under a topic, in no card' },
      { file: NOTES_PATH, line: 384, reason: 'closing remark after the last answer' },
    ]);
  });

  it('drop the stray empty list item at the end of the authentication card', () => {
    const auth = collection.cards.find((c) => c.question === 'Как в django работает система аутентификации')!;
    expect(auth.answer).toMatch(/- Аутентификация через сторонние сервисы \(OAuth, например\)$/);
  });

  it('mark code blocks without a language as python and keep the rest', () => {
    const related = collection.cards.find((c) => c.question === 'select_related и prefetch_related')!;
    const fences = related.answer.split('\n').filter((line) => line.startsWith('```'));
    expect(fences.filter((f) => f === '```python')).toHaveLength(6);
    expect(fences.filter((f) => f === '```')).toHaveLength(6);
    const serializer = collection.cards.find((c) => c.question === 'Как работает Serializer в Django REST Framework')!;
    expect(serializer.answer).toContain('```python\nclass ThingSerializer');
  });

  it('flag the pairs whose answer does not answer the question, and nothing else', () => {
    // The code and name checks warn too (tests/core/code-check.test.ts, name-check.test.ts).
    const flagged = collection.warnings.filter((w) => w.kind === 'mismatch').map((w) => {
      const card = collection.cards.find((c) => c.id === w.cardId)!;
      return [card.number ?? card.question, w.message.slice(w.message.lastIndexOf(' — ') + 3)];
    });
    expect(flagged).toEqual([
      ['Какая разница в быстродействии между django и Flask (и почему)', 'the answer says it cannot answer («затрудняюсь ответить»)'],
      [19, 'the answer only defines the term; the list the question asks for sits in answer 20 (the answers slid)'],
      [20, 'the answer fits question 19 better'],
      [29, 'the answer fits question 28 better'],
      [30, 'the answer fits question 29 better'],
    ]);
    expect(byNumber(20).suspect).toBeDefined();
    expect(byNumber(21).suspect).toBeUndefined();
  });

  it('keep card ids stable under answer edits and small question edits', () => {
    const ids = new Map(collection.cards.map((c) => [c.question, c.id]));
    const edited = notes.text
      .replace('## Django ORM', '##   django orm.')
      .replace('5. Что такое ORM?', '5. что  такое ORM ?')
      .replace('Веб-фреймворк - это программная платформа', 'Веб-фреймворк — это программная платформа (исправлено)')
      .replace('## Что такое сигналы? Зачем нужны? Назовите основные', '## Что такое сигналы, зачем нужны, назовите основные');
    const after = buildCollection([{ path: NOTES_PATH, text: edited }]).collection;
    expect(after.cards.map((c) => c.id)).toEqual(collection.cards.map((c) => c.id));
    expect(after.cards.find((c) => c.number === 5)!.id).toBe(ids.get('Что такое ORM?'));
  });

  it('give a reworded question a new id, unless the author pins the old one', () => {
    const oldId = byNumber(1).id;
    const reworded = notes.text.replace('1. Что такое веб-фреймворк?', '1. Что называют веб-фреймворком?');
    expect(buildCollection([{ path: NOTES_PATH, text: reworded }]).collection.cards.find((c) => c.number === 1)!.id).not.toBe(oldId);
    const pinned = notes.text.replace('1. Что такое веб-фреймворк?', `1. Что называют веб-фреймворком? {#${oldId}}`);
    const card = buildCollection([{ path: NOTES_PATH, text: pinned }]).collection.cards.find((c) => c.number === 1)!;
    expect(card.id).toBe(oldId);
    expect(card.question).toBe('Что называют веб-фреймворком?');
  });
});
