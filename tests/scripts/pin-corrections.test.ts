// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerHash } from '../../src/core/corrections-attach.ts';
import { FIXTURE_CORRECTIONS, FIXTURE_NOTES } from '../support/content.ts';

const tsx = resolve('node_modules', '.bin', 'tsx');

/** A temp copy of the fixture pair, edited first; returns its paths. */
function copy(edit: { notes?: (text: string) => string; corrections?: (text: string) => string }) {
  const dir = mkdtempSync(join(tmpdir(), 'pin-corrections-'));
  const notes = join(dir, 'orm.md');
  const corrections = join(dir, 'orm.corrections.md');
  writeFileSync(notes, (edit.notes ?? String)(readFileSync(FIXTURE_NOTES, 'utf8')));
  writeFileSync(corrections, (edit.corrections ?? String)(readFileSync(FIXTURE_CORRECTIONS, 'utf8')));
  return { notes, corrections };
}

const pin = (...args: string[]) => spawnSync(tsx, ['scripts/pin-corrections.ts', ...args], { encoding: 'utf8' });
const cardsJson = (file: string) => JSON.parse(spawnSync(tsx, ['scripts/cards-cli.ts', '--json', file], { encoding: 'utf8' }).stdout);

describe('npm run pin-corrections', () => {
  it('pins a correction to the answer as it is now, says what it changed, and writes only the corrections file', () => {
    const { notes, corrections } = copy({
      notes: (text) => text.replace('записанные в файлы', 'записанные в файлы миграций'),
      corrections: (text) => text.replace('pinned: 0vzggzl32o7\n', ''),
    });
    const notesBefore = readFileSync(notes, 'utf8');
    const run = pin(notes);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${corrections}:5: pinned 0vzggzl32o7 for "Что такое Middleware, для чего, как реализуется"\n`);
    expect(run.stdout).toMatch(new RegExp(`${corrections}:13: pinned [0-9a-z]{11} for "Что такое миграции\\?" \\(was 2ekh9aaoatn\\)`));
    expect(readFileSync(notes, 'utf8')).toBe(notesBefore);

    const out = cardsJson(notes);
    expect(out.warnings).toEqual([]);
    const migrations = out.cards.find((c: { question: string }) => c.question === 'Что такое миграции?');
    expect(readFileSync(corrections, 'utf8')).toContain(`pinned: ${answerHash(migrations.answer)}\n`);
    // The new pinned: line goes after the other fields, before the blank line.
    expect(readFileSync(corrections, 'utf8')).toContain('releases/2.0/\npinned: 0vzggzl32o7\n\nНачиная');
  }, 30_000);

  it('leaves a correction whose card is gone as it is, and changes nothing when all are pinned', () => {
    const { notes, corrections } = copy({ notes: (text) => text.replace('## Что такое Middleware, для чего, как реализуется', '## Что такое слой?') });
    const before = readFileSync(corrections, 'utf8');
    const run = pin(corrections);
    expect(run.stdout).toContain(`${corrections}:5: names no card in ${notes}; left as it is`);
    expect(run.stdout).toContain('No corrections file needed a change.');
    expect(readFileSync(corrections, 'utf8')).toBe(before);
  }, 30_000);

  it('writes nothing when the corrections have hard errors', () => {
    const { notes, corrections } = copy({ corrections: (text) => text.replace('pinned: 0vzggzl32o7\n', '').replace('## 2. Что такое миграции?', '## ') });
    const before = readFileSync(corrections, 'utf8');
    const run = pin(notes);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${corrections}:13: correction names no card`);
    expect(readFileSync(corrections, 'utf8')).toBe(before);
  }, 30_000);
});
