// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/core/collection.ts';
import { answerHash } from '../../src/core/corrections-attach.ts';
import type { Card, ContentWarning } from '../../src/core/types.ts';
import { FIXTURE_CORRECTIONS, FIXTURE_NOTES, buildFixture, fixture } from '../support/content.ts';

const stale = (warnings: readonly ContentWarning[]) => warnings.filter((w) => w.kind === 'correction-stale');
const byQuestion = (cards: readonly Card[], question: string) => cards.find((c) => c.question === question)!;

describe('corrections attached to their cards', () => {
  it('gives each card its corrections in file order, with text, sources, quote and where they are', () => {
    const { collection, errors } = buildFixture();
    expect(errors).toEqual([]);
    expect(stale(collection.warnings)).toEqual([]);
    const middleware = byQuestion(collection.cards, 'Что такое Middleware, для чего, как реализуется');
    expect(middleware.corrections).toEqual([
      {
        text: 'Начиная с Django 1.10 middleware — это **фабрика**: она принимает `get_response` и возвращает\nвызываемый объект.',
        sources: [
          'https://docs.djangoproject.com/en/5.2/topics/http/middleware/#writing-your-own-middleware',
          'https://docs.djangoproject.com/en/5.2/releases/2.0/',
        ],
        quote: 'объект с методами `process_request` и `process_response`',
        source: { file: FIXTURE_CORRECTIONS, line: 5 },
      },
    ]);
    expect(byQuestion(collection.cards, 'Что такое ORM?')).not.toHaveProperty('corrections');
  });

  it('matches a heading as card ids are made: a question number, case, punctuation and ё/е aside', () => {
    const { collection } = buildFixture({
      corrections: (text) => text.replace('## Что такое Middleware, для чего, как реализуется', '## что такое middleware — для чего; как реализуется!'),
    });
    expect(byQuestion(collection.cards, 'Что такое Middleware, для чего, как реализуется').corrections).toHaveLength(1);
    // `## 2. Что такое миграции?` names numbered question 2.
    expect(byQuestion(collection.cards, 'Что такое миграции?').corrections).toHaveLength(1);
  });

  it('matches a pinned {#id} whatever the heading says, and keeps several corrections of one card in order', () => {
    const { collection } = buildFixture({
      corrections: (text) => `${text}\n## Что делает select_related?\nsource: https://docs.djangoproject.com/en/5.2/\npinned: ${'x'.repeat(11)}\n\nТретья.\n`,
    });
    const card = byQuestion(collection.cards, 'Что делает select_related?');
    expect(card.corrections!.map((c) => c.text)).toEqual(['Ещё одна поправка к той же карточке: `select_related` работает для ForeignKey и OneToOne.', 'Третья.']);
  });

  it('does not let a corrections file name the cards of another notes file', () => {
    const other = { path: 'content/other.md', text: '# Другое\n\n## Что такое ORM?\nДругой ответ.\n' };
    const { collection } = buildCollection([fixture(FIXTURE_NOTES), other], { corrections: [fixture(FIXTURE_CORRECTIONS)] });
    expect(collection.cards.find((c) => c.source.file === 'content/other.md')).not.toHaveProperty('corrections');
  });
});

describe('a correction that may be out of date', () => {
  it('whose card is gone: a correction-stale warning at its heading, on no card, and the build goes on', () => {
    const { collection, errors } = buildFixture({ notes: (text) => text.replace('## Что такое Middleware, для чего, как реализуется', '## Что такое промежуточный слой?') });
    expect(errors).toEqual([]);
    expect(stale(collection.warnings)).toEqual([
      {
        kind: 'correction-stale',
        file: FIXTURE_CORRECTIONS,
        line: 5,
        message: `correction to "Что такое Middleware, для чего, как реализуется": no such card in ${FIXTURE_NOTES} (the card is gone, or its question was reworded; name it as npm run cards -- --json shows it)`,
      },
    ]);
  });

  it('whose quote is no longer in the answer: shown, marked stale, and the author told', () => {
    const { collection } = buildFixture({ notes: (text) => text.replace('`process_request` и\n`process_response`', '`__call__`') });
    const card = byQuestion(collection.cards, 'Что такое Middleware, для чего, как реализуется');
    expect(card.corrections![0]).toMatchObject({ stale: true, staleReasons: expect.arrayContaining(['quote-missing']) });
    const [warning] = stale(collection.warnings);
    expect(warning).toMatchObject({ cardId: card.id, file: FIXTURE_CORRECTIONS, line: 5 });
    expect(warning!.message).toContain('its quote is not in the answer («объект с методами `process_request` и `process_response`»)');
  });

  it('whose answer changed since it was pinned: says so with the hash the answer has now', () => {
    const { collection } = buildFixture({ notes: (text) => text.replace('ORM — отображение объектов', 'ORM — отображение классов') });
    const card = byQuestion(collection.cards, 'Что такое ORM?');
    expect(card.corrections).toBeUndefined();
    const migrations = byQuestion(collection.cards, 'Что такое миграции?');
    expect(migrations.corrections![0]!.stale).toBeUndefined();

    const edited = buildFixture({ notes: (text) => text.replace('записанные в файлы', 'записанные в файлы миграций') });
    const changed = byQuestion(edited.collection.cards, 'Что такое миграции?');
    expect(changed.corrections![0]).toMatchObject({ stale: true, staleReasons: ['answer-changed'] });
    expect(stale(edited.collection.warnings)).toEqual([
      {
        kind: 'correction-stale',
        cardId: changed.id,
        file: FIXTURE_CORRECTIONS,
        line: 14,
        message: `correction to "Что такое миграции?": the answer changed since it was pinned (pinned 2ekh9aaoatn, the answer's hash now ${answerHash(changed.answer)}): check the correction, then run npm run pin-corrections`,
      },
    ]);
  });

  it('that was never pinned', () => {
    const { collection } = buildFixture({ corrections: (text) => text.replace('pinned: 2ekh9aaoatn\n', '') });
    const card = byQuestion(collection.cards, 'Что такое миграции?');
    expect(card.corrections![0]).toMatchObject({ stale: true, staleReasons: ['not-pinned'] });
    expect(stale(collection.warnings)[0]!.message).toBe(
      `correction to "Что такое миграции?": it is not pinned (the answer's hash now ${answerHash(card.answer)}): check it against the answer, then run npm run pin-corrections`,
    );
  });

  it('is not stale when the answer was only reflowed: the pin and the quote ignore whitespace', () => {
    const { collection } = buildFixture({ notes: (text) => text.replace('изменяет запрос или ответ.', 'изменяет запрос\nили   ответ.') });
    expect(stale(collection.warnings)).toEqual([]);
    expect(answerHash('a  b\n c')).toBe(answerHash('a b c'));
    expect(answerHash('a b c')).toMatch(/^[0-9a-z]{11}$/);
  });
});

describe('hard errors of a corrections file stop the build', () => {
  it('with file:line, beside the notes errors', () => {
    const { errors } = buildFixture({ corrections: (text) => `${text}\n## \nsource: https://docs.djangoproject.com/\n\nТекст.\n` });
    expect(errors.map((e) => e.message)).toEqual([`${FIXTURE_CORRECTIONS}:31: correction names no card (write the question after ##, or its id as {#id})`]);
  });
});
