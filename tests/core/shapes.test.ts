// @vitest-environment node
/**
 * The shape recognisers (src/core/shapes/), each on its own; tests/fixtures/notes/shapes-*.md
 * holds them in whole files and mixed in one (tests/core/notes-corpus.test.ts).
 */
import type { List, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { cardIdFor } from '../../src/core/card-id.ts';
import { buildCollection } from '../../src/core/collection.ts';
import { recogniseDetails, separateDetails, unwrapAnswer } from '../../src/core/shapes/details.ts';
import { cardsInBlock } from '../../src/core/shapes/block.ts';
import { holdsInline, recogniseInline } from '../../src/core/shapes/inline.ts';
import { recogniseLabelPairs } from '../../src/core/shapes/label-pairs.ts';
import { recogniseListItems } from '../../src/core/shapes/list-items.ts';
import { dropAnswerLabel, namesNoQuestion, readsAsQuestion, withoutNumber } from '../../src/core/shapes/question-text.ts';
import type { CleanSource, Found } from '../../src/core/shapes/source.ts';
import { holdsTable, recogniseTable } from '../../src/core/shapes/table.ts';
import { buildNotes, md, shapeInput } from '../support/notes.ts';

/** What a paragraph recogniser makes of the first paragraph of `text`, or null when it does not hold its shape. */
function paragraphShape(
  text: string,
  holds: (source: CleanSource, node: Paragraph) => boolean,
  recognise: (source: CleanSource, node: Paragraph) => Found,
): Found | null {
  const { source, nodes } = shapeInput(text);
  const node = nodes[0] as Paragraph;
  return holds(source, node) ? recognise(source, node) : null;
}

const qa = (found: { cards: { question: string; answer: string }[] } | null) => found?.cards.map((c) => [c.question, c.answer]);

describe('reading a line as a question', () => {
  it.each(['Что такое генератор?', 'Как устроен dict', 'Чем is отличается от ==', 'Зачем нужны миграции', 'Why use Django', 'What is a QuerySet', '3. Generators', 'Назовите виды индексов'])(
    '%s reads as a question',
    (text) => expect(readsAsQuestion(text)).toBe(true),
  );

  it.each(['Python', 'Возможности Django', 'select_related', 'List comprehensions', 'Name mangling', 'Теоретические вопросы по Django', 'Чемпионат'])(
    '%s does not',
    (text) => expect(readsAsQuestion(text)).toBe(false),
  );

  it('drops what only marks a question: its number, a Q2. or Вопрос 5. prefix, a label, emoji around it', () => {
    expect(['3. Что такое ORM?', 'Q2. Что такое ORM?', 'Вопрос 5. Что такое ORM?', 'Вопрос: Что такое ORM?', '❓ Что такое ORM?', 'Что такое ORM? 🔥'].map(withoutNumber)).toEqual(
      Array(6).fill('Что такое ORM?'),
    );
    expect(withoutNumber('2024: итоги')).toBe('2024: итоги');
  });

  it('knows the headings of boilerplate that holds no question', () => {
    expect(['Полезные ссылки', '📚 Resources', 'License', 'Table of Contents', 'Содержание'].every(namesNoQuestion)).toBe(true);
    expect(['Django ORM', 'Ссылки на объекты', 'Практические задачи'].some(namesNoQuestion)).toBe(false);
  });

  it('drops the label an answer opens with, and unwraps a labelled item alone in its list', () => {
    expect(dropAnswerLabel(['**Ответ**: Слой.'])).toEqual(['Слой.']);
    expect(dropAnswerLabel(['Answer: a', 'b'])).toEqual(['a', 'b']);
    expect(dropAnswerLabel(['- **Ответ:** Делает JOIN:', '  ```python', '  qs.select_related()', '  ```'])).toEqual(['Делает JOIN:', '```python', 'qs.select_related()', '```']);
    expect(dropAnswerLabel(['- A: один', '- два'])).toEqual(['- один', '- два']);
    expect(dropAnswerLabel(['- **Важно** помнить'])).toEqual(['- **Важно** помнить']);
    // Beside other labelled items, each becomes a paragraph, their labels kept.
    expect(dropAnswerLabel(['- **Ответ**: Делегирование.', '- **Пример**:', '  ```python', '  yield from inner()', '  ```'])).toEqual([
      'Делегирование.',
      '',
      '**Пример**:',
      '```python',
      'yield from inner()',
      '```',
    ]);
    expect(dropAnswerLabel(['Ответственность: своя'])).toEqual(['Ответственность: своя']);
  });
});

describe('Q&A list items', () => {
  const list = (text: string) => {
    const { source, nodes } = shapeInput(text);
    return recogniseListItems(source, nodes[0] as List);
  };

  it('reads a bold question with a nested **Ответ** item, an Answer: line, or nested paragraphs', () => {
    const found = list(md('1. **Что такое Django?**', '   - **Ответ**: Веб-фреймворк.', '2. Что такое ORM?', '   Answer: Отображение таблиц.', '3. Зачем нужен `manage.py`?', '', '   Запускает команды.', '', '   ```', '   python manage.py migrate', '   ```'));
    expect(qa(found)).toEqual([
      ['Что такое Django?', 'Веб-фреймворк.'],
      ['Что такое ORM?', 'Отображение таблиц.'],
      ['Зачем нужен manage.py?', md('Запускает команды.', '', '```python', 'python manage.py migrate', '```')],
    ]);
    expect(found!.cards.map((c) => [c.line, c.shape])).toEqual([[1, 'list-item'], [3, 'list-item'], [5, 'list-item']]);
  });

  it('reads a bold question with its answer on the same line, after a dash or after its `?`', () => {
    expect(qa(list(md('1. **Что такое GIL?** — блокировка.', '2. **Что такое PEP 8?** Стиль кода.', '3. **Django ORM** — слой над SQL.')))).toEqual([
      ['Что такое GIL?', 'блокировка.'],
      ['Что такое PEP 8?', 'Стиль кода.'],
    ]);
  });

  it('takes an item that is no question when its answer is labelled', () => {
    expect(qa(list(md('- **Django ORM**', '  - **Ответ**: слой над SQL.')))).toEqual([['Django ORM', 'слой над SQL.']]);
  });

  it('leaves a list of points alone, and a list where most items are not questions with answers', () => {
    expect(list(md('- ORM', '- Админка', '  - встроенная'))).toBeNull();
    expect(list(md('- Что такое GIL?', '  - блокировка', '- Потоки', '- Процессы'))).toBeNull();
  });

  it('skips, with its line, the item of a Q&A list that has no answer', () => {
    const found = list(md('- Что такое GIL?', '  - Блокировка.', '- Что такое WSGI?', '  - Интерфейс.', '- Ссылки'));
    expect(found!.cards).toHaveLength(2);
    expect(found!.skipped).toEqual([{ file: 'notes.md', line: 5, reason: 'list item without a question and its answer' }]);
  });
});

describe('<details> blocks', () => {
  const details = (text: string) => {
    const lines = separateDetails(text.split('\n').map((t, i) => ({ text: t, line: i + 1 })));
    const { source, nodes } = shapeInput(lines.map((l) => l.text).join('\n'));
    return recogniseDetails({ ...source, fileLine: (n) => lines[n - 1]!.line }, nodes, 0);
  };

  it('reads the summary as the question and the markdown inside as the answer', () => {
    const found = details(md('<details>', '<summary>1. What is <code>Q()</code> &amp; why?</summary>', '', 'Builds **OR** queries.', '', '</details>'));
    expect(qa(found)).toEqual([['What is Q() & why?', 'Builds **OR** queries.']]);
    expect(found!.end).toBe(3);
  });

  it('reads a block written without blank lines, closing right before the next', () => {
    const text = md('<details><summary>Что такое F()?</summary>', 'Ссылка на поле.', '</details>', '<details><summary>Что такое Q()?</summary>', 'Условие.', '</details>');
    expect(qa(details(text))).toEqual([['Что такое F()?', 'Ссылка на поле.']]);
    expect(separateDetails(text.split('\n').map((t, i) => ({ text: t, line: i + 1 }))).map((l) => l.text)[3]).toBe('');
  });

  it('is no card when the summary is no question, or the block never closes', () => {
    expect(details(md('<details><summary>Ссылки</summary>', 'https://example.com', '</details>'))).toBeNull();
    expect(details(md('<details>', '<summary>What is Django?</summary>', '', 'text'))).toBeNull();
  });

  it('leaves code alone: a tag in a fence is code', () => {
    const lines = md('```html', '</details>', '<details>', '```').split('\n').map((t, i) => ({ text: t, line: i + 1 }));
    expect(separateDetails(lines).map((l) => l.text)).toEqual(['```html', '</details>', '<details>', '```']);
    // A fence closes only on its own marks: ``` inside ~~~ is code, and so is what follows it.
    const tilde = md('~~~', '```', '</details>', '<details>', '~~~', '</details>', 'after').split('\n').map((t, i) => ({ text: t, line: i + 1 }));
    expect(separateDetails(tilde).map((l) => l.text)).toEqual(['~~~', '```', '</details>', '<details>', '~~~', '</details>', '', 'after']);
  });

  it('pairs a question with the "Answer" block right under it, as GitHub interview lists write them', () => {
    const { collection } = buildNotes(md('# P', '1. What is an index?', '<details><summary>Answer</summary>', '', 'A B-tree over a column.', '', '</details>', '', '**2. What is VACUUM?**', '', '<details><summary><b>Answer</b></summary>It removes dead rows.</details>'));
    expect(collection.cards.map((c) => [c.shape, c.source.line, c.question, c.answer])).toEqual([
      ['details', 2, 'What is an index?', 'A B-tree over a column.'],
      ['details', 9, 'What is VACUUM?', 'It removes dead rows.'],
    ]);
  });

  it('leaves no tag of the notes in an answer: <p>, <b>, <br> and a details block in a list item become markdown', () => {
    const details = buildNotes(md('# D', '<details>', '  <summary>When is Promise.all used?</summary>', '  <p>To wait for <b>several</b> promises.<br>At once.</p>', '</details>'));
    expect(details.collection.cards.map((c) => c.answer)).toEqual([md('To wait for **several** promises.\\', 'At once.')]);
    const item = buildNotes(md('# P', '1. Что такое индекс?', '   <details><summary>Ответ</summary>', '', '   B-дерево по столбцу.', '', '   </details>', '2. Что такое VACUUM?', '   <details><summary>Ответ</summary>Очистка мёртвых строк.</details>'));
    expect(item.collection.cards.map((c) => c.answer)).toEqual(['B-дерево по столбцу.', 'Очистка мёртвых строк.']);
  });

  it('unwraps an answer hidden under "Answer" below a question heading, and nothing else', () => {
    expect(unwrapAnswer(md('<details><summary>Answer</summary>', '', 'A lock.', '', '</details>'))).toBe('A lock.');
    const other = md('<details><summary>Пример</summary>', 'код', '</details>');
    expect(unwrapAnswer(other)).toBe(other);
  });
});

describe('label pairs', () => {
  const pairs = (text: string) => {
    const { source, nodes } = shapeInput(text);
    return recogniseLabelPairs(source, nodes, 0, () => false);
  };

  it.each([
    ['**Вопрос:** Что такое GIL?', '**Ответ:** Блокировка.'],
    ['**Вопрос**: Что такое GIL?', '**Ответ**: Блокировка.'],
    ['Вопрос: Что такое GIL?', 'Ответ: Блокировка.'],
    ['Q: Что такое GIL?', 'A: Блокировка.'],
    ['В: Что такое GIL?', 'О: Блокировка.'],
    ['Question: Что такое GIL?', 'Answer: Блокировка.'],
  ])('%s / %s', (question, answer) => {
    expect(qa(pairs(md(question, answer)))).toEqual([['Что такое GIL?', 'Блокировка.']]);
  });

  it('runs an answer over lines and paragraphs up to the next question, in one paragraph or several', () => {
    const found = pairs(md('Q: Что такое GIL?', 'A: Блокировка', 'интерпретатора.', '', 'Один поток за раз.', 'Q: Что такое WSGI?', 'A: Интерфейс.'));
    expect(qa(found)).toEqual([
      ['Что такое GIL?', md('Блокировка', 'интерпретатора.', '', 'Один поток за раз.')],
      ['Что такое WSGI?', 'Интерфейс.'],
    ]);
    expect(found.cards.map((c) => c.line)).toEqual([1, 6]);
  });

  it('reads Notion\'s **Q.** / **A.** and a question post answered by a ✅ Ответ: post', () => {
    expect(qa(pairs(md('**Q.** Что такое inode?', '', '**A.** Метаданные файла.')))).toEqual([['Что такое inode?', 'Метаданные файла.']]);
    const { source, nodes } = shapeInput(md('Чем merge отличается от rebase?', '', '✅ Ответ:', '', 'Rebase переписывает историю.'));
    expect(qa(cardsInBlock(source, nodes))).toEqual([['Чем merge отличается от rebase?', 'Rebase переписывает историю.']]);
  });

  it('ends an answer at a new chat message, which is skipped', () => {
    const { source, nodes } = shapeInput(md('Вопрос: Что такое GIL?', 'Ответ: Блокировка.', 'Ставьте 👍!'));
    source.lines[2]!.newMessage = true;
    expect(recogniseLabelPairs(source, nodes, 0, () => false)).toMatchObject({
      cards: [{ question: 'Что такое GIL?', answer: 'Блокировка.' }],
      skipped: [{ line: 3, reason: 'chat message after the answer' }],
    });
  });

  it('skips a question without an answer', () => {
    expect(pairs('Вопрос: Что такое GIL?')).toMatchObject({ cards: [], skipped: [{ line: 1, reason: 'question without an answer' }] });
  });
});

describe('inline separators', () => {
  const inline = (text: string) => paragraphShape(text, holdsInline, recogniseInline);

  it('makes a card of question::answer, and two of question:::answer', () => {
    expect(qa(inline(md('Столица Франции::Париж', 'GIL:::Global Interpreter Lock')))).toEqual([
      ['Столица Франции', 'Париж'],
      ['GIL', 'Global Interpreter Lock'],
      ['Global Interpreter Lock', 'GIL'],
    ]);
  });

  it('reads Obsidian\'s multi-line cards: question lines, a line of ?, answer lines', () => {
    expect(qa(inline(md('Чем DELETE отличается', 'от TRUNCATE?', '?', 'DELETE удаляет по строке,', 'TRUNCATE — всё сразу.')))).toEqual([
      // Each answer line a line, as Obsidian shows it: a markdown line break (`\`) between them.
      ['Чем DELETE отличается от TRUNCATE?', md('DELETE удаляет по строке,\\', 'TRUNCATE — всё сразу.')],
    ]);
    expect(qa(inline(md('ACID', '??', 'Atomicity, Consistency, Isolation, Durability')))).toEqual([
      ['ACID', 'Atomicity, Consistency, Isolation, Durability'],
      ['Atomicity, Consistency, Isolation, Durability', 'ACID'],
    ]);
  });

  it('finds no separator in code, brackets or a run of four colons', () => {
    expect(inline('Срез `a[::2]` берёт каждый второй.')).toBeNull();
    expect(inline('Срез a[::2] берёт каждый второй.')).toBeNull();
    expect(inline('a::::b')).toBeNull();
  });

  it('skips the other lines of the paragraph, each with its line', () => {
    expect(inline(md('Заметка без карточки', 'Что такое GIL?::Блокировка'))!.skipped).toEqual([
      { file: 'notes.md', line: 1, reason: 'line without a question and its answer' },
    ]);
  });
});

describe('question/answer tables', () => {
  const table = (text: string) => paragraphShape(text, holdsTable, recogniseTable);

  it('makes a card of each row, with `<br>` a line break and an escaped pipe a pipe', () => {
    expect(qa(table(md('| Q | A |', '|:--|--:|', '| Что такое `a \\| b`? | Объединение<br>множеств |', '| Что такое GIL? | Блокировка |')))).toEqual([
      ['Что такое a | b?', md('Объединение\\', 'множеств')],
      ['Что такое GIL?', 'Блокировка'],
    ]);
    expect(qa(table(md('Question | Answer', '--- | ---', 'Что такое WSGI? | Интерфейс')))).toEqual([['Что такое WSGI?', 'Интерфейс']]);
    expect(qa(table(md('| # | Вопрос | Ответ |', '|---|---|---|', '| 1 | Что такое GIL? | Блокировка |')))).toEqual([['Что такое GIL?', 'Блокировка']]);
  });

  it('keeps a column past the answer under its header, and drops the one numbering the rows', () => {
    expect(qa(table(md('| № | Вопрос | Ответ | Пример |', '|---|---|---|---|', '| 1 | Что такое F()? | Ссылка на поле. | `F("price") * 2` |')))).toEqual([
      ['Что такое F()?', md('Ссылка на поле.', '', '**Пример:** `F("price") * 2`')],
    ]);
  });

  it('is no card table with other headers', () => {
    expect(table(md('| Код | Значение |', '|---|---|', '| 200 | OK |'))).toBeNull();
    expect(table(md('| Ответ | Вопрос |', '|---|---|', '| a | b |'))).toBeNull();
  });
});

describe('the shapes in one block', () => {
  it('finds each shape in turn and leaves the rest over, in runs', () => {
    const { source, nodes } = shapeInput(
      md('Вступление.', '', '- Что такое GIL?', '  - Блокировка.', '', 'Q: Что такое WSGI?', 'A: Интерфейс.', '', 'ASGI::асинхронный WSGI', '', 'Заключение.'),
    );
    const found = cardsInBlock(source, nodes);
    expect(found.cards.map((c) => `${c.shape}: ${c.question}`)).toEqual(['list-item: Что такое GIL?', 'label-pair: Что такое WSGI?', 'inline: ASGI']);
    expect(found.leftovers.map((run) => run.map((n) => n.position!.start.line))).toEqual([[1], [11]]);
  });
});

describe('bold question lines', () => {
  it('makes a card of a bold question on its own line and the paragraphs up to the next one', () => {
    const { source, nodes } = shapeInput(md('**1. Что такое GIL?**', '', 'Блокировка.', '', 'Один поток за раз.', '', '**Чем list отличается от tuple?**', '', 'Изменяемостью.', '', '**Важно**', ''));
    expect(cardsInBlock(source, nodes).cards.map((c) => [c.shape, c.question, c.answer])).toEqual([
      ['label-pair', 'Что такое GIL?', md('Блокировка.', '', 'Один поток за раз.')],
      ['label-pair', 'Чем list отличается от tuple?', md('Изменяемостью.', '', '**Важно**')],
    ]);
  });

  it('is no card when nothing answers it', () => {
    const { source, nodes } = shapeInput(md('**Что такое GIL?**'));
    expect(cardsInBlock(source, nodes).cards).toEqual([]);
  });
});

describe('question headings under a topic', () => {
  it('makes the topic of a ## that is no question, and a card of each question heading under it', () => {
    const { collection } = buildNotes(md('# Собеседование', '## Python', '### Что такое генератор?', 'Функция с yield.', '### 2. Чем is отличается от ==?', 'Тождество и равенство.'));
    expect(collection.cards.map((c) => [c.topic, c.question, c.shape])).toEqual([
      ['Python', 'Что такое генератор?', 'heading-under-topic'],
      ['Python', 'Чем is отличается от ==?', 'heading-under-topic'],
    ]);
    expect(collection.skipped).toEqual([]);
  });

  it('keeps a question heading under a question heading in its answer, as a subsection', () => {
    const { collection } = buildNotes(md('## Что такое ORM?', 'Слой над SQL.', '### Как он строит запросы?', 'Лениво.'));
    expect(collection.cards.map((c) => [c.question, c.answer])).toEqual([['Что такое ORM?', md('Слой над SQL.', '### Как он строит запросы?', 'Лениво.')]]);
  });

  it('keeps a Q&A-looking list in the answer of a question heading', () => {
    const { collection } = buildNotes(md('## Какие бывают индексы?', '- Что такое B-tree?', '  - Дерево.'));
    expect(collection.cards.map((c) => [c.question, c.shape])).toEqual([['Какие бывают индексы?', 'section']]);
  });

  it("gives every shape ids by the same rule: the question's words, or the id pinned", () => {
    const { collection, errors } = buildNotes(md('# D', 'Что такое GIL?::Блокировка', 'Что такое WSGI? {#wsgi}::Интерфейс'), md('## что такое  GIL', 'Другой файл.'));
    expect(collection.cards.map((c) => c.id)).toEqual([cardIdFor('Что такое GIL?'), 'wsgi', cardIdFor('Что такое GIL?')]);
    expect(errors.map((e) => e.message)).toEqual([`notes-2.md:1: duplicate card id "${cardIdFor('Что такое GIL?')}": also at notes-1.md:2 (pin a different id with {#id})`]);
  });

  it('reads numbered questions under ## Вопросы with their answers under ## Ответы as one deck', () => {
    const { collection } = buildNotes(md('# D', '## Вопросы', '1. Что такое PEP 8?', '2. Что такое GIL?', '## Ответы', '1. Стиль кода.', '2. Блокировка.'));
    expect(collection.cards.map((c) => [c.shape, c.question, c.answer])).toEqual([
      ['numbered-lists', 'Что такое PEP 8?', 'Стиль кода.'],
      ['numbered-lists', 'Что такое GIL?', 'Блокировка.'],
    ]);
    expect(collection.skipped).toEqual([]);
  });

  it('names the deck from the line that introduces numbered questions, the heading above being its topic', () => {
    const { collection } = buildNotes(md('# D', '## SQL', 'Вопросы по базам:', '', '1) Что такое индекс?', '2) Что такое JOIN?', '', 'Ответы:', '1) Структура данных.', '2) Соединение таблиц.'));
    expect(collection.decks.map((d) => d.title)).toEqual(['Вопросы по базам']);
    expect(collection.cards.map((c) => c.topic)).toEqual(['SQL', 'SQL']);
  });

  it('skips a section of links or boilerplate, takes an HTML <h1> for the deck title, and skips no comment', () => {
    const { collection } = buildNotes(
      md('<h1 align="center">Вопросы</h1>', '', '## Python', '### Что такое GIL?', 'Блокировка.', '<!--SR:!2024-02-15,3,250-->', '', '## Материалы', '- [docs](https://docs.python.org/)', '', '## License', 'MIT'),
    );
    expect(collection.decks.map((d) => d.title)).toEqual(['Вопросы']);
    expect(collection.cards.map((c) => c.question)).toEqual(['Что такое GIL?']);
    expect(collection.skipped).toEqual([
      { file: 'notes-1.md', line: 8, reason: 'contents or links, not a question' },
      { file: 'notes-1.md', line: 11, reason: 'contents or links, not a question' },
    ]);
  });

  it('skips YAML front matter as one entry, and a checklist as no card', () => {
    const { collection } = buildNotes(md('---', 'tags: [sql]', 'aliases:', '  - SQL', '---', '# SQL', '## Что такое JOIN?', 'Соединение.', '## Повторить', '- [ ] оконные функции', '- [x] индексы'));
    expect(collection.cards.map((c) => c.question)).toEqual(['Что такое JOIN?']);
    expect(collection.skipped).toEqual([
      { file: 'notes-1.md', line: 1, reason: 'front matter' },
      { file: 'notes-1.md', line: 9, reason: 'a checklist, not a question' },
    ]);
  });

  it('drops the answer label after the code a question asks about, and a link back up the page', () => {
    const { source, nodes } = shapeInput(md('- **Что выведет код?**', '  ```python', '  print(1 / 2)', '  ```', '  - **Ответ**: `0.5`.', '- Что такое GIL?', '  Блокировка.', '', '  **[⬆ Back to top](#top)**'));
    expect(qa(recogniseListItems(source, nodes[0] as List))).toEqual([
      ['Что выведет код?', md('```python', 'print(1 / 2)', '```', '`0.5`.')],
      ['Что такое GIL?', 'Блокировка.'],
    ]);
  });

  it('drops the label or the heading that opens the answer of a question heading', () => {
    const { collection } = buildNotes(md('## Что такое GIL?', '**Ответ:** Блокировка.', '', '## Что такое WSGI?', '#### Ответ', 'Интерфейс.'));
    expect(collection.cards.map((c) => c.answer)).toEqual(['Блокировка.', 'Интерфейс.']);
  });

  it('holds every shape to the code and name checks and the corrections, at the lines of the file', () => {
    const notes = md(
      '# Django',
      '## Вопросы по ORM',
      '1. **Как работает select_releted?**',
      '   - **Ответ**: Делает JOIN:',
      '     ```python',
      "     Book.objects.select_releted('author'",
      '     ```',
      '2. Что такое ORM?',
      '   - **Ответ**: Слой.',
      '',
      '<details><summary>Что такое csrf_except?</summary>',
      '',
      'Отключает проверку.',
      '',
      '</details>',
    );
    const corrections = md('# Поправки', '', '## Что такое ORM?', 'source: https://docs.djangoproject.com/en/5.2/topics/db/', '', 'ORM — отображение таблиц на классы.');
    const { collection } = buildCollection([{ path: 'n.md', text: notes }], { corrections: [{ path: 'n.corrections.md', text: corrections }] });
    expect(collection.warnings.filter((w) => w.kind !== 'correction-stale').map((w) => `${w.kind} ${w.line}`)).toEqual(['code 6', 'identifier 3', 'identifier 11']);
    expect(collection.cards.find((c) => c.question === 'Что такое ORM?')!.corrections![0]!.text).toBe('ORM — отображение таблиц на классы.');
  });
});

describe('what is not a card', () => {
  it('keeps one pair, one <details> or one bold question in a section of prose inside that section\'s card, the details as markdown', () => {
    const pair = buildNotes(md('## Декораторы', 'Декоратор оборачивает функцию.', '', 'Вопрос: зачем wraps?', 'Ответ: чтобы сохранить имя.', '', 'Ещё бывают декораторы классов.', '', '```python', '@dataclass', 'class P: ...', '```'));
    expect(pair.collection.cards.map((c) => [c.shape, c.question])).toEqual([['section', 'Декораторы']]);
    const details = buildNotes(md('## Декораторы', 'Декоратор оборачивает функцию.', '', '<details>', '<summary>Почему нужен wraps?</summary>', '', 'Чтобы сохранить имя.', '', '</details>', '', 'Ещё бывают декораторы классов.'));
    expect(details.collection.cards.map((c) => c.answer)).toEqual([md('Декоратор оборачивает функцию.', '', '**Почему нужен wraps?**', '', 'Чтобы сохранить имя.', '', 'Ещё бывают декораторы классов.')]);
    const bold = buildNotes(md('## GIL', 'Блокировка интерпретатора.', '', '**Почему его не уберут?**', '', 'Сломаются C-расширения.'));
    expect(bold.collection.cards.map((c) => c.question)).toEqual(['GIL']);
  });

  it('reads no inline card in prose with two :: or an IPv6 address', () => {
    const { collection } = buildNotes(md('## Срезы', 'В C++ есть std::vector, а в Rust Vec::new().', '', '## Сеть', 'Для IPv6 это ::1.'));
    expect(collection.cards.map((c) => c.shape)).toEqual(['section', 'section']);
  });

  it('takes no sub-questions and no multiple-choice options for an answer', () => {
    const open = buildNotes(md('## Открытые вопросы', '- Что такое GIL?', '  - А в PyPy он есть?', '- Зачем asyncio?', '  - А потоки?'));
    expect(open.collection.cards.map((c) => c.question)).toEqual(['Открытые вопросы']);
    const quiz = buildNotes(md('## Квиз', '1. Какой метод идемпотентен?', '   A) POST', '   B) PUT'));
    expect(quiz.collection.cards.map((c) => c.question)).toEqual(['Квиз']);
    const labelled = buildNotes(md('# Квиз', 'Q: Что такое GIL?', 'A: Блокировка.', '', 'Q: Какой метод безопасный?', 'A: GET', 'B: POST'));
    expect(labelled.collection.cards.map((c) => c.question)).toEqual(['Что такое GIL?']);
    expect(labelled.collection.skipped).toEqual([{ file: 'notes-1.md', line: 5, reason: 'a multiple-choice question, not a question and its answer' }]);
  });

  it('keeps numbered steps inside a numbered answer, and pairs no questions with a list some other line introduces', () => {
    const steps = buildNotes(md('## Вопросы', '1. Что такое GIL?', '2. Что такое ORM?', '## Ответы', '1. Блокировка. Как работает:', '   1. поток берёт GIL;', '   2. отпускает.', '2. Отображение таблиц.'));
    expect(steps.collection.cards.map((c) => [c.question, c.answer])).toEqual([
      ['Что такое GIL?', md('Блокировка. Как работает:', '1. поток берёт GIL;', '2. отпускает.')],
      ['Что такое ORM?', 'Отображение таблиц.'],
    ]);
    const other = buildNotes(md('## Самопроверка', '1. Что такое GIL?', '2. Что такое ORM?', '', 'Что я сделал на неделе:', '', '1. Прочитал главу.', '2. Сдал ДЗ.'));
    expect(other.collection.cards.map((c) => [c.shape, c.question])).toEqual([['section', 'Самопроверка']]);
    const unheaded = buildNotes(md('# D', 'Самопроверка:', '', '1. Что такое GIL?', '2. Что такое ORM?', '', 'Что я сделал на неделе:', '', '1. Прочитал главу.', '2. Сдал ДЗ.'));
    expect(unheaded.collection.cards).toEqual([]);
    expect(unheaded.errors).toEqual([]);
    expect(unheaded.collection.skipped).toEqual([{ file: 'notes-1.md', line: 2, reason: 'text under a topic, in no card' }]);
  });
});
