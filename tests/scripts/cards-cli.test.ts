// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');

function cards(...args: string[]) {
  return spawnSync(tsx, ['scripts/cards-cli.ts', ...args], { encoding: 'utf8' });
}

describe('npm run cards', () => {
  it('prints the contract JSON for the notes', () => {
    const run = cards('--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['cards', 'skipped', 'warnings']));
    expect(out.cards).toHaveLength(64);
    expect(out.cards[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), deck: 'django-orm', question: 'Возможности Django', answer: expect.any(String), source: { file: 'content/django-orm.md', line: 6 } }),
    );
    // The speed card that does not answer, Q19 and Q20 whose answers slid by one, Q29 and Q30 likewise.
    expect(out.warnings.filter((w: { kind: string }) => w.kind === 'mismatch').map((w: { line: number }) => w.line)).toEqual([140, 292, 293, 302, 303]);
  }, 30_000);

  it('prints a readable summary without --json', () => {
    const run = cards();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('64 cards in 2 decks');
    expect(run.stdout).toContain('content/django-orm.md:267: text under no heading');
    expect(run.stdout).toContain('[mismatch] 20. Какие виды кэширования');
  }, 30_000);

  it('exits non-zero with file:line: message on stderr for hard errors and unreadable files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-cli-'));
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '## A {#x}\na\n\n## B {#x}\nb\n');
    const run = cards('--json', bad, join(dir, 'missing.md'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${join(dir, 'missing.md')}:1: cannot read the file: ENOENT`);
    expect(run.stderr).toContain(`${bad}:4: duplicate card id "x": also at ${bad}:1`);
  }, 30_000);
});
