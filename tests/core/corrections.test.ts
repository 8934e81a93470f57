// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { correctionsPathFor, isCorrectionsPath, notesPathFor, parseCorrections } from '../../src/core/corrections.ts';
import { FIXTURE_CORRECTIONS, fixture } from '../support/content.ts';

const parse = (text: string) => parseCorrections({ path: 'content/orm.corrections.md', text });
const messages = (text: string) => parse(text).errors.map((e) => e.message);
const SOURCE = 'source: https://docs.djangoproject.com/en/5.2/';

describe('the corrections file beside the notes', () => {
  it('is named after its notes file, and is never a notes file', () => {
    expect(correctionsPathFor('content/django-orm.md')).toBe('content/django-orm.corrections.md');
    expect(notesPathFor('content/django-orm.corrections.md')).toBe('content/django-orm.md');
    expect(isCorrectionsPath('content/django-orm.corrections.md')).toBe(true);
    expect(isCorrectionsPath('content/django-orm.md')).toBe(false);
  });

  it('gives one entry a ## heading, with its fields and its text, and ignores the preface', () => {
    const { entries, errors } = parseCorrections(fixture(FIXTURE_CORRECTIONS));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      question: 'Что такое Middleware, для чего, как реализуется',
      quote: 'объект с методами `process_request` и `process_response`',
      sources: [
        'https://docs.djangoproject.com/en/5.2/topics/http/middleware/#writing-your-own-middleware',
        'https://docs.djangoproject.com/en/5.2/releases/2.0/',
      ],
      pinned: '0vzggzl32o7',
      source: { file: FIXTURE_CORRECTIONS, line: 5 },
    });
    expect(entries[0]!.text).toBe(
      'Начиная с Django 1.10 middleware — это **фабрика**: она принимает `get_response` и возвращает\nвызываемый объект.',
    );
    expect(JSON.stringify(entries)).not.toContain('предисловие');
  });

  it('keeps a ## line inside a code fence in the text, not as a new correction', () => {
    const { entries } = parseCorrections(fixture(FIXTURE_CORRECTIONS));
    expect(entries[1]!.question).toBe('2. Что такое миграции?');
    expect(entries[1]!.text).toContain('## внутри кода это не новая поправка');
    expect(entries[1]).not.toHaveProperty('quote');
  });

  it('reads a pinned card id at the end of the heading', () => {
    const { entries } = parseCorrections(fixture(FIXTURE_CORRECTIONS));
    expect(entries[2]).toMatchObject({ cardId: 'orm-select', question: 'Другие слова, тот же вопрос' });
  });

  it('takes whatever follows the blank line as markdown text, as written', () => {
    const { entries } = parse(`## Вопрос?\n${SOURCE}\n\n- раз\n- два\n\n**Важно:** три.\n\n\n`);
    expect(entries[0]!.text).toBe('- раз\n- два\n\n**Важно:** три.');
  });
});

describe('hard errors in a corrections file, at file:line', () => {
  it('a heading that names no card', () => {
    expect(messages(`## \n${SOURCE}\n\nТекст.\n`)).toEqual(['content/orm.corrections.md:1: correction names no card (write the question after ##, or its id as {#id})']);
    expect(messages(`## 20.\n${SOURCE}\n\nТекст.\n`)[0]).toMatch(/^content\/orm.corrections.md:1: correction names no card/);
  });

  it('a correction without text, or without a source', () => {
    expect(messages(`## Вопрос?\n${SOURCE}\n`)).toEqual([
      'content/orm.corrections.md:1: correction has no text (write it after the fields and a blank line)',
    ]);
    expect(messages('## Вопрос?\n\nТекст.\n')).toEqual([
      'content/orm.corrections.md:1: correction has no source: (an https:// link to the official page it rests on)',
    ]);
  });

  it('a source that is not an https URL', () => {
    expect(messages('## Вопрос?\nsource: http://docs.djangoproject.com/\nsource: docs.djangoproject.com\n\nТекст.\n')).toEqual([
      'content/orm.corrections.md:2: source: is not an https URL: "http://docs.djangoproject.com/"',
      'content/orm.corrections.md:3: source: is not an https URL: "docs.djangoproject.com"',
    ]);
  });

  it('an unknown field, a text line before the blank line, two quotes or an empty one', () => {
    expect(messages(`## Вопрос?\n${SOURCE}\nautor: я\n\nТекст.\n`)).toEqual([
      'content/orm.corrections.md:3: unknown field "autor:" (the fields are quote:, source: and pinned:)',
    ]);
    expect(messages(`## Вопрос?\n${SOURCE}\nТекст сразу.\n`)).toEqual([
      'content/orm.corrections.md:3: expected a field (quote:, source: or pinned:) or a blank line before the text',
    ]);
    expect(messages(`## Вопрос?\nquote: раз\nquote: два\n${SOURCE}\n\nТекст.\n`)).toEqual(['content/orm.corrections.md:3: more than one quote: in one correction']);
    expect(messages(`## Вопрос?\nquote:\n${SOURCE}\n\nТекст.\n`)[0]).toMatch(/^content\/orm.corrections.md:2: quote: is empty/);
  });

  it('a heading inside a correction text, of any level', () => {
    expect(messages(`## Вопрос?\n${SOURCE}\n\nТекст.\n\n### Подробнее\n\nЕщё.\n\n# Итог\n`)).toEqual([
      "content/orm.corrections.md:6: a heading inside a correction's text is not allowed (use **bold** instead)",
      "content/orm.corrections.md:10: a heading inside a correction's text is not allowed (use **bold** instead)",
    ]);
  });

  it('reports every error of the file at once, and no entry for a broken correction', () => {
    const { entries, errors } = parse(`## \n${SOURCE}\n\nТекст.\n\n## Вопрос?\n\nТекст.\n\n## Хороший?\n${SOURCE}\n\nТекст.\n`);
    expect(errors.map((e) => e.line)).toEqual([1, 6]);
    expect(entries.map((e) => e.question)).toEqual(['Хороший?']);
  });
});
