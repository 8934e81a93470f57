// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORRECTIONS, FIXTURE_NOTES } from '../support/content.ts';

const tsx = resolve('node_modules', '.bin', 'tsx');

function cards(...args: string[]) {
  return spawnSync(tsx, ['scripts/cards-cli.ts', ...args], { encoding: 'utf8' });
}

/** A temp copy of the fixture notes and their corrections, each edited first if asked. */
function fixtureCopy(edit: { notes?: (text: string) => string; corrections?: (text: string) => string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cards-cli-'));
  const notes = join(dir, 'orm.md');
  const corrections = join(dir, 'orm.corrections.md');
  writeFileSync(notes, (edit.notes ?? String)(readFileSync(FIXTURE_NOTES, 'utf8')));
  writeFileSync(corrections, (edit.corrections ?? String)(readFileSync(FIXTURE_CORRECTIONS, 'utf8')));
  return { dir, notes, corrections };
}

interface JsonCard {
  question: string;
  corrections?: { text: string; sources: string[]; quote?: string; stale?: boolean; source: { file: string; line: number } }[];
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
    const at = (kind: string) => out.warnings.filter((w: { kind: string }) => w.kind === kind).map((w: { line: number }) => w.line);
    // The speed card that does not answer, Q19 and Q20 whose answers slid by one, Q29 and Q30 likewise.
    expect(at('mismatch')).toEqual([140, 292, 293, 302, 303]);
    expect(at('code')).toEqual([109, 185, 187, 196, 198, 217, 225, 229, 239, 243, 260]);
    expect(at('identifier')).toEqual([51, 263]);
    expect(out.warnings.find((w: { line: number }) => w.line === 51)).toMatchObject({ suggestion: 'csrf_exempt' });
    const ids = new Set(out.cards.map((c: { id: string }) => c.id));
    expect(out.warnings.every((w: { cardId?: string }) => ids.has(w.cardId))).toBe(true);
    // The corrections beside the notes (content/django-orm.corrections.md), in the contract's shape.
    const middleware = out.cards.find((c: JsonCard) => c.question === 'Что такое Middleware, для чего, как реализуется');
    expect(middleware.corrections[0]).toEqual(expect.objectContaining({ text: expect.stringMatching(/get_response/), sources: expect.arrayContaining([expect.stringMatching(/^https:\/\/docs.djangoproject.com\//)]) }));
  }, 30_000);

  it('prints a readable summary without --json', () => {
    const run = cards();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('64 cards in 2 decks\nby shape: 14 section, 50 numbered-lists\n57 corrections (0 stale)\n18 warnings: 5 mismatch, 11 code, 2 identifier, 0 correction-stale\n');
    expect(run.stdout).toContain("content/django-orm.md:109: [code] typographic quote ‘ in code");
    expect(run.stdout).toContain('content/django-orm.md:263: [identifier] `select_releted` is not a name');
    expect(run.stdout).toContain('content/django-orm.md:267: text under a topic, in no card');
    expect(run.stdout).toContain('[mismatch] 20. Какие виды кэширования');
  }, 30_000);

  it('gives each card its shape, and counts the cards by shape in the summary', () => {
    const file = 'tests/fixtures/notes/shapes-mixed.md';
    const json = cards('--json', file);
    expect(json.status, json.stderr).toBe(0);
    const shapes = JSON.parse(json.stdout).cards.map((c: { shape: string; question: string }) => `${c.shape}: ${c.question}`);
    expect(shapes).toEqual([
      'heading-under-topic: Что такое генератор?',
      'heading-under-topic: What is the GIL?',
      'list-item: Что такое QuerySet?',
      'list-item: Что делает only()?',
      'details: Чем ForeignKey отличается от OneToOneField?',
      'label-pair: Зачем нужен related_name?',
      'inline: Что возвращает get(), если объектов два?',
      'table: Что такое F()?',
      'section: Что такое middleware?',
      'numbered-lists: Что такое сигнал?',
      'numbered-lists: Что такое миграция?',
    ]);
    const summary = cards(file);
    expect(summary.stdout).toContain(
      '11 cards in 2 decks\nby shape: 1 section, 2 numbered-lists, 2 heading-under-topic, 2 list-item, 1 details, 1 label-pair, 1 inline, 1 table\n',
    );
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

  it('--json FILE reads the corrections beside FILE, and a corrections file given stands for its notes', () => {
    const { notes, corrections } = fixtureCopy();
    for (const given of [notes, corrections]) {
      const run = cards('--json', given);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.decks.map((d: { id: string }) => d.id)).toEqual(['orm', 'orm-questions']);
      const middleware = out.cards.find((c: JsonCard) => c.question.startsWith('Что такое Middleware'));
      expect(middleware.corrections).toEqual([
        {
          text: expect.stringContaining('**фабрика**'),
          sources: [
            'https://docs.djangoproject.com/en/5.2/topics/http/middleware/#writing-your-own-middleware',
            'https://docs.djangoproject.com/en/5.2/releases/2.0/',
          ],
          quote: 'объект с методами `process_request` и `process_response`',
          source: { file: corrections, line: 5 },
        },
      ]);
      expect(out.warnings).toEqual([]);
    }
  }, 30_000);

  it('an edited answer that has a correction gives correction-stale, and the summary counts it', () => {
    const { notes, corrections } = fixtureCopy({ notes: (text) => text.replace('записанные в файлы', 'записанные в файлы миграций') });
    const json = JSON.parse(cards('--json', notes).stdout);
    expect(json.warnings).toMatchObject([{ kind: 'correction-stale', file: corrections, line: 14, cardId: expect.any(String) }]);
    expect(json.warnings[0].message).toContain('the answer changed since it was pinned (pinned 2ekh9aaoatn');
    expect(json.cards.find((c: JsonCard) => c.question === 'Что такое миграции?').corrections[0].stale).toBe(true);
    const summary = cards(notes);
    expect(summary.stdout).toContain('3 corrections (1 stale)\n1 warnings: 0 mismatch, 0 code, 0 identifier, 1 correction-stale');
    expect(summary.stdout).toContain(`${corrections}:14: [correction-stale] correction to "Что такое миграции?"`);
  }, 30_000);

  it('a correction naming no card exits non-zero with file:line on stderr', () => {
    const { notes, corrections } = fixtureCopy({ corrections: (text) => text.replace('## 2. Что такое миграции?', '## ') });
    const run = cards('--json', notes);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${corrections}:14: correction names no card`);
  }, 30_000);

  it('never takes a corrections file in the notes folder for a deck', () => {
    const root = mkdtempSync(join(tmpdir(), 'cards-cli-'));
    mkdirSync(join(root, 'content'));
    copyFileSync(FIXTURE_NOTES, join(root, 'content', 'orm.md'));
    copyFileSync(FIXTURE_CORRECTIONS, join(root, 'content', 'orm.corrections.md'));
    const run = spawnSync(tsx, [resolve('scripts/cards-cli.ts'), '--json'], { encoding: 'utf8', cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.decks.map((d: { id: string }) => d.id)).toEqual(['orm', 'orm-questions']);
    expect(out.cards.filter((c: JsonCard) => c.corrections)).toHaveLength(3);
  }, 30_000);
});
