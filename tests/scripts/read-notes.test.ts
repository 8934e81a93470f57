// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorrections, listNotes, readContentDir, readNotes } from '../../scripts/read-notes.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'read-notes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const NOTES = '# A\n\n## Вопрос?\nОтвет.\n';
const CORRECTIONS = '## Вопрос?\nsource: https://docs.python.org/3/\n\nПоправка.\n';

describe('reading notes and the corrections beside them', () => {
  it('never lists a corrections file as notes', () => {
    const dir = folder({ 'a.md': NOTES, 'a.corrections.md': CORRECTIONS, 'b.md': NOTES, 'notes.txt': 'x' });
    expect(listNotes(dir, dir)).toEqual(['a.md', 'b.md']);
    expect(listCorrections(dir, dir)).toEqual(['a.corrections.md']);
  });

  it('reads a notes file with its corrections file, when there is one, and takes a corrections path for its notes', () => {
    const dir = folder({ 'a.md': NOTES, 'a.corrections.md': CORRECTIONS, 'b.md': NOTES });
    const read = readNotes(['a.md', 'b.md', 'a.corrections.md'], dir);
    expect(read.errors).toEqual([]);
    expect(read.files.map((f) => f.path)).toEqual(['a.md', 'b.md']);
    expect(read.corrections).toEqual([{ path: 'a.corrections.md', text: CORRECTIONS }]);
  });

  it('reads a corrections file whose notes file is gone, so its corrections are reported, not lost', () => {
    const dir = folder({ 'a.md': NOTES, 'gone.corrections.md': CORRECTIONS });
    const read = readContentDir('.', dir);
    expect(read.files.map((f) => f.path)).toEqual(['a.md']);
    expect(read.corrections.map((f) => f.path)).toEqual(['gone.corrections.md']);
  });

  it('an unreadable corrections file is a hard error at line 1', () => {
    const dir = folder({ 'a.md': NOTES });
    writeFileSync(join(dir, 'a.corrections.md'), Buffer.from([0xff, 0xfe, 0x00]));
    expect(readNotes(['a.md'], dir).errors.map((e) => e.message)).toEqual(['a.corrections.md:1: cannot read the file: not valid UTF-8']);
  });
});
