/** The notes worker's protocol (src/store/notes-parser.ts): requests matched to replies, and a failing worker. */
import { describe, expect, it } from 'vitest';
import { answerParseRequest } from '../../src/core/notes-parse.ts';
import { draft, inProcessParser } from '../support/imports.ts';
import { md } from '../support/notes.ts';

const A = draft('a.md', md('# A', '', '## Что такое A?', '', 'Ответ A.'));
const B = draft('b.md', md('# B', '', '## Что такое B?', '', 'Ответ B.'));

describe('the notes parser', () => {
  it('starts one worker and gives each caller its own reply, whatever order they come in', async () => {
    const parser = inProcessParser(true);
    const first = parser.parse([A]);
    const second = parser.parse([B]);
    const [worker] = parser.workers;
    expect(parser.workers).toHaveLength(1);
    const [a, b] = worker!.received;
    worker!.answer(b!.id);
    worker!.answer(a!.id);
    const questions = async (p: typeof first) => {
      const outcome = await p;
      return outcome.ok ? outcome.parsed.flatMap((c) => c.cards.map((card) => card.question)) : outcome.errors;
    };
    expect(await questions(first)).toEqual(['Что такое A?']);
    expect(await questions(second)).toEqual(['Что такое B?']);
  });

  it('passes hard errors back as an outcome, not as a failure', async () => {
    const outcome = await inProcessParser().parse([draft('x.md', md('# X', '', '## Что такое X?', '', 'Раз.', '', '## Что такое X?', '', 'Два.'))]);
    expect(outcome).toEqual({ ok: false, errors: [expect.objectContaining({ file: 'x.md', line: 7 })] });
  });

  it('a worker that fails rejects what waits on it, and the next parse starts a new one', async () => {
    const parser = inProcessParser(true);
    const waiting = parser.parse([A]);
    parser.workers[0]!.crash();
    await expect(waiting).rejects.toThrow('document is not defined');
    expect(parser.workers[0]!.terminated).toBe(true);

    const again = parser.parse([B]);
    expect(parser.workers).toHaveLength(2);
    parser.workers[1]!.answer(parser.workers[1]!.received[0]!.id);
    expect((await again).ok).toBe(true);
  });

  it('the worker’s side never throws: a parser crash is a reply', () => {
    const reply = answerParseRequest({ id: 7, drafts: [{ name: 'x.md', text: null as unknown as string, origin: 'file' }] });
    expect(reply).toMatchObject({ id: 7, ok: false, failure: expect.any(String) });
  });
});
