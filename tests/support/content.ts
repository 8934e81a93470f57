/** Notes and corrections for tests: the small fixture pair in tests/fixtures/corrections, and builders around it. */
import { readFileSync } from 'node:fs';
import { buildCollection } from '../../src/core/collection.ts';
import type { Correction, NotesFile } from '../../src/core/types.ts';

export const FIXTURE_NOTES = 'tests/fixtures/corrections/orm.md';
export const FIXTURE_CORRECTIONS = 'tests/fixtures/corrections/orm.corrections.md';

/** A fixture file as the build reads it; `edit` changes its text first. */
export function fixture(path: string, edit: (text: string) => string = (text) => text): NotesFile {
  return { path, text: edit(readFileSync(path, 'utf8')) };
}

/** The fixture notes built with their corrections, each file edited first if asked. */
export function buildFixture(edit: { notes?: (text: string) => string; corrections?: (text: string) => string } = {}) {
  return buildCollection([fixture(FIXTURE_NOTES, edit.notes)], { corrections: [fixture(FIXTURE_CORRECTIONS, edit.corrections)] });
}

/** A correction as a card carries it, for component tests. */
export function correction(overrides: Partial<Correction> = {}): Correction {
  return {
    text: 'Начиная с Django 1.10 middleware — это **фабрика**.',
    sources: ['https://docs.djangoproject.com/en/5.2/topics/http/middleware/'],
    source: { file: FIXTURE_CORRECTIONS, line: 5 },
    ...overrides,
  };
}
