// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spelledAcronyms } from '../../src/core/terms.ts';
import { buildNotes, md } from '../support/notes.ts';

const flagged = (text: string): string[] => buildNotes(text).collection.warnings.map((w) => w.message);

describe('the content audit', () => {
  it('counts an acronym the answer spells out as named', () => {
    expect(spelledAcronyms('Что такое ACID?', '- Atomicity — …\n- Consistency — …\n- Isolation — …\n- Durability — …')).toEqual(['ACID']);
    expect(spelledAcronyms('Что такое ACID?', 'Атомарность, согласованность, изолированность и долговечность.')).toEqual(['ACID']);
    expect(spelledAcronyms('Что такое DRY?', "Don't Repeat Yourself.")).toEqual(['DRY']);
    expect(spelledAcronyms('Что такое SOLID?', 'Single responsibility, Open–closed, Liskov substitution, Interface segregation, Dependency inversion.')).toEqual(['SOLID']);
    expect(spelledAcronyms('Что такое GIL?', 'Глобальная блокировка интерпретатора.')).toEqual([]);
  });

  it('does not flag an answer for wording things differently when no neighbour fits it better', () => {
    expect(flagged(md('## Что такое транзакция', 'Группа операций, которая выполняется как одно целое.', '## Что такое индекс', 'Структура для быстрого поиска.'))).toEqual([]);
  });

  it('flags an answer that fits the neighbouring question and not its own', () => {
    const text = md(
      'Вопросы:',
      '',
      '1. Что такое сигналы в Django?',
      '2. Какие инструменты используются для работы с базами данных?',
      '3. Что такое шаблонизатор?',
      '',
      '1. Сигналы в Django — способ отправки и обработки событий.',
      '2. В Django используется система сигналов Django Signals.',
      '3. Шаблонизатор превращает шаблон и данные в HTML.',
    );
    expect(flagged(text)).toEqual(['2. Какие инструменты используются для работы с базами данных? — the answer fits question 1 better']);
  });

  it('flags an answer that says it cannot answer, in the first person only', () => {
    expect(flagged(md('## Какая разница в скорости?', 'Затрудняюсь ответить, тестов не проводил.'))).toEqual([
      'Какая разница в скорости? — the answer says it cannot answer («Затрудняюсь ответить»)',
    ]);
    expect(flagged(md('## Что значит stateless?', 'Сервер не знает о клиенте между запросами.'))).toEqual([]);
    // Deep in the answer it is an aside, not an evasion.
    expect(flagged(md('## Что такое GIL?', 'Блокировка интерпретатора.', '', 'Не знаю, уберут ли её совсем.'))).toEqual([]);
  });

  it('flags a definition given for a question about kinds only when the next answer holds the list', () => {
    const slid = md(
      'Вопросы:',
      '',
      '1. Какие виды авторизации вы знаете?',
      '2. Какие виды кэширования вы знаете?',
      '3. Что такое сессия?',
      '',
      '1. Авторизация - это проверка прав доступа к ресурсам.',
      '2. Используются различные методы авторизации, такие как ролевая авторизация и политики доступа.',
      '3. Сессия - это данные клиента, которые сервер хранит между запросами.',
    );
    expect(flagged(slid)).toEqual([
      '1. Какие виды авторизации вы знаете? — the answer only defines the term; the list the question asks for sits in answer 2 (the answers slid)',
      '2. Какие виды кэширования вы знаете? — the answer fits question 1 better',
    ]);
    const alone = md('## Какие виды авторизации вы знаете?', 'Авторизация - это проверка прав доступа к ресурсам.');
    expect(flagged(alone)).toEqual([]);
  });
});
