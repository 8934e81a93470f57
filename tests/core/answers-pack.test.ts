// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { packCollection, readIndexText, unpackCollection, withAnswers, writeIndexText } from '../../src/core/collection-pack.ts';
import { buildCollection } from '../../src/core/collection.ts';
import { buildFixture } from '../support/content.ts';
import { realNotes } from '../support/notes.ts';

describe('corrections and answer warnings travel with the answers', () => {
  it('come back exactly, with the answers, and are not in the index', () => {
    const { collection } = buildFixture({ notes: (text) => `${text}\n## Код?\n\`\`\`python\nx = (1\n\`\`\`\n` });
    expect(collection.warnings.map((w) => w.kind)).toContain('code');
    const { index, answers } = packCollection(collection);
    const indexText = writeIndexText(index);
    expect(indexText).not.toContain('фабрика');
    expect(indexText).not.toContain('never closed');
    expect(answers).toHaveLength(collection.cards.length + 1);
    expect(unpackCollection(readIndexText(indexText), answers)).toEqual(collection);
  });

  it('arrive with withAnswers after a start on the index alone', () => {
    const { collection } = buildFixture();
    const { index, answers } = packCollection(collection);
    const questionsOnly = unpackCollection(index, null);
    expect(questionsOnly.cards.some((c) => c.corrections)).toBe(false);
    expect(withAnswers(questionsOnly, answers)).toEqual(collection);
  });

  it('leave the answers as they were when there is nothing beside them', () => {
    const { collection } = buildCollection([{ path: 'a.md', text: '# A\n\n## Один?\nДа, один.\n' }]);
    expect(packCollection(collection).answers).toEqual(['Да, один.']);
  });

  it('keep the real notes round trip exact, their code and name warnings included', () => {
    const { collection } = buildCollection([realNotes()]);
    const { index, answers } = packCollection(collection);
    expect(index.warnings.every((w) => w.kind === 'mismatch')).toBe(true);
    expect(withAnswers(unpackCollection(index, null), answers)).toEqual(collection);
  });

  it('refuse a last entry that is not what the build put there (answers from another build)', () => {
    const { collection } = buildFixture();
    const { index, answers } = packCollection(collection);
    const count = collection.cards.length;
    for (const last of ['not json', '[1, 2]', '{"corrections": [[99, []]]}', 'null']) {
      expect(() => unpackCollection(index, [...answers.slice(0, count), last]), last).toThrow(/answers for \d+ cards/);
    }
  });
});
