/** Importing notes in the browser: reading bytes, parsing with the build's checks, and the update rules. */
import { describe, expect, it } from 'vitest';
import { joinCollections, notesFromSection, notesSection } from '../../src/core/imported-notes.ts';
import { MAX_NOTES_BYTES, decodeNotes } from '../../src/core/notes-import.ts';
import { parseDrafts } from '../../src/core/notes-parse.ts';
import { draft, importRecords, plan } from '../support/imports.ts';
import { PYTHON_NOTES, collectionOfNotes, md } from '../support/notes.ts';

const BUILT = collectionOfNotes(PYTHON_NOTES);
const utf8 = (text: string) => new TextEncoder().encode(text);

const NOTES = md('# Сети', '', '## Что такое TCP?', '', 'С соединением.', '', '## Что такое UDP?', '', 'Без соединения.', '', '## Что такое DNS?', '', 'Имена в адреса.');

describe('reading a file', () => {
  it('takes UTF-8 text and drops a byte-order mark', () => {
    expect(decodeNotes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Заметки\n')]))).toEqual({ ok: true, text: '# Заметки\n' });
  });

  it('refuses an image, an empty file, text in another encoding and a file over 10 MB', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeNotes(png)).toEqual({ ok: false, problem: 'binary' });
    expect(decodeNotes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(decodeNotes(utf8(' \n\t\n'))).toEqual({ ok: false, problem: 'empty' });
    // «Привет» in Windows-1251: not UTF-8.
    expect(decodeNotes(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]))).toEqual({ ok: false, problem: 'not-utf8' });
    expect(decodeNotes(new Uint8Array(MAX_NOTES_BYTES + 1).fill(0x61))).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('parsing drafts', () => {
  it('runs the build’s parser and checks on each file, and pairs a corrections file by name', () => {
    const corrections = md('## Что такое UDP?', 'source: https://www.rfc-editor.org/rfc/rfc768', '', 'UDP не гарантирует и порядок.');
    const result = parseDrafts([draft('net.txt', NOTES, corrections), draft('py.md', PYTHON_NOTES)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [net, py] = result.parsed;
    expect(net!.cards.map((c) => c.question)).toEqual(['Что такое TCP?', 'Что такое UDP?', 'Что такое DNS?']);
    expect(net!.cards[1]!.corrections?.map((c) => c.text)).toEqual(['UDP не гарантирует и порядок.']);
    expect(py!.cards.map((c) => c.deck)).toEqual(['py', 'py', 'py']);
    // The code check runs: the Python card's code parses, so no warning.
    expect(py!.warnings.filter((w) => w.kind === 'code')).toEqual([]);
  });

  it('reports a hard error with its file and line, and nothing else', () => {
    const result = parseDrafts([draft('dup.md', md('# Д', '', '## Что такое TCP?', '', 'Раз.', '', '## Что такое TCP?', '', 'Два.'))]);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ file: 'dup.md', line: 7, message: expect.stringContaining('duplicate card id') })] });
  });
});

describe('fitting an import into the collection', () => {
  it('keeps deck ids unique: a file named like a built deck gets a suffix', () => {
    const [item] = plan([draft('python.md', NOTES)], BUILT);
    expect(item!.collection.decks.map((d) => d.id)).toEqual(['python-2']);
    expect(new Set(item!.collection.cards.map((c) => c.deck))).toEqual(new Set(['python-2']));
  });

  it('leaves out a question already in another deck, and says where it is', () => {
    const notes = md('# Повтор', '', '## Что такое GIL?', '', 'Другой ответ.', '', '## Что такое TCP?', '', 'С соединением.');
    const [item] = plan([draft('again.md', notes)], BUILT);
    expect(item!.collection.cards.map((c) => c.question)).toEqual(['Что такое TCP?']);
    expect(item!.duplicates.map((d) => [d.card.question, d.deck?.id])).toEqual([['Что такое GIL?', 'python']]);
    expect(item!.collection.decks[0]!.cardCount).toBe(1);
  });

  it('an update of the same name keeps ids and deck, and lists what is added, changed and removed', () => {
    const first = importRecords([draft('net.md', NOTES)], BUILT);
    const edited = NOTES.replace('С соединением.', 'С установкой соединения.').replace(md('## Что такое DNS?', '', 'Имена в адреса.'), md('## Что такое HTTP?', '', 'Протокол поверх TCP.'));
    const [item] = plan([draft('net.md', edited)], BUILT, first);
    expect(item!.target?.id).toBe('net.md');
    expect(item!.collection.decks.map((d) => d.id)).toEqual(['net']);
    expect(item!.added.map((c) => c.question)).toEqual(['Что такое HTTP?']);
    expect(item!.changed.map((c) => c.question)).toEqual(['Что такое TCP?']);
    expect(item!.removed.map((c) => c.question)).toEqual(['Что такое DNS?']);
    expect(item!.unchanged).toBe(1);
    // Its own cards are not "already in the collection".
    expect(item!.duplicates).toEqual([]);
    const [record] = importRecords([draft('net.md', edited)], BUILT, first, first[0]!.importedAt + 60_000);
    expect(record).toMatchObject({ id: 'net.md', importedAt: first[0]!.importedAt, updatedAt: first[0]!.importedAt + 60_000 });
  });

  it('files imported together stay apart: ids unique across them too', () => {
    const records = importRecords([draft('a.md', md('# A', '', '## Вопрос A?', '', 'Ответ.')), draft('a.txt', md('# A2', '', '## Вопрос B?', '', 'Ответ.'))], BUILT);
    expect(records.map((r) => r.collection.decks.map((d) => d.id))).toEqual([['a'], ['a-2']]);
    const joined = joinCollections(BUILT, records);
    expect(joined.decks.map((d) => d.id)).toEqual(['python', 'a', 'a-2']);
    expect(new Set(joined.cards.map((c) => c.id)).size).toBe(joined.cards.length);
  });
});

describe('imported notes in a backup', () => {
  it('round-trip through the notes section as drafts', () => {
    const records = importRecords([draft('net.md', NOTES, md('## Что такое UDP?', 'source: https://www.rfc-editor.org/rfc/rfc768', '', 'Поправка.'))], BUILT);
    const section = JSON.parse(JSON.stringify(notesSection(records))) as unknown;
    expect(notesFromSection(section)).toEqual([{ name: 'net.md', text: NOTES, corrections: records[0]!.corrections, origin: 'backup' }]);
  });

  it('a section that is not a list of notes is ignored, as an unknown section is', () => {
    expect(notesFromSection(undefined)).toBeNull();
    expect(notesFromSection([{ name: 'x.md' }])).toBeNull();
    expect(notesFromSection([{ name: '', text: 'a' }])).toBeNull();
    expect(notesFromSection('# notes')).toBeNull();
  });
});

describe('joining imports to the built notes', () => {
  it('a question the built notes took up since it was imported stays in the built deck: ids stay unique', () => {
    const records = importRecords([draft('net.md', md('# Сети', '', '## Что такое TCP?', '', 'С соединением.', '', '## Что такое UDP?', '', 'Без соединения.'))], BUILT);
    // A new deploy's notes now ask one of the imported questions.
    const deployed = collectionOfNotes(PYTHON_NOTES + md('', '', '## Что такое TCP?', '', 'Из новой сборки.'));
    const joined = joinCollections(deployed, records);
    expect(joined.cards.filter((c) => c.question === 'Что такое TCP?').map((c) => [c.deck, c.answer])).toEqual([['python', 'Из новой сборки.']]);
    expect(new Set(joined.cards.map((c) => c.id)).size).toBe(joined.cards.length);
    expect(joined.decks.find((d) => d.id === 'net')?.cardCount).toBe(1);
  });
});
