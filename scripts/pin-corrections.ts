/**
 * `npm run pin-corrections [-- FILE...]`: after checking a correction against the answer it
 * corrects, pin it there: set its `pinned:` to the answer's hash now, so the build stops calling it
 * stale until the answer changes again (docs/notes-format.md, "Corrections").
 *
 * FILE is a notes or a corrections file (default: every corrections file in content/). Only
 * corrections files are written, never notes; a correction whose card is gone is left as it is.
 * It prints every change; hard errors in the notes or the corrections stop it before it writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCollection } from '../src/core/collection.ts';
import { answerHash, matchEntries } from '../src/core/corrections-attach.ts';
import { notesPathFor, parseCorrections } from '../src/core/corrections.ts';
import type { Card, NotesFile } from '../src/core/types.ts';
import { readContentDir, readNotes } from './read-notes.ts';

/** A corrections file with every entry naming a card pinned to that card's answer now, and what changed. */
export function pinCorrections(file: NotesFile, cards: readonly Card[]): { text: string; changes: string[] } {
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = file.text.split(/\r?\n/);
  const notes = notesPathFor(file.path);
  const ofNotes = cards.filter((card) => card.source.file === notes);
  const changes: string[] = [];
  const edits: { at: number; replace: boolean; line: string }[] = [];
  for (const { entry, card } of matchEntries(parseCorrections(file).entries, ofNotes)) {
    const where = `${file.path}:${entry.source.line}`;
    if (!card) {
      changes.push(`${where}: names no card in ${notes}; left as it is`);
      continue;
    }
    const hash = answerHash(card.answer);
    if (entry.pinned === hash) continue;
    const indent = entry.hasPinnedLine ? /^\s*/.exec(lines[entry.pinnedLine - 1]!)![0] : '';
    edits.push({ at: entry.pinnedLine - 1, replace: entry.hasPinnedLine, line: `${indent}pinned: ${hash}` });
    changes.push(`${where}: pinned ${hash} for "${card.question}"${entry.pinned ? ` (was ${entry.pinned})` : ''}`);
  }
  // From the bottom up, so an inserted line does not move the places of the edits above it.
  for (const edit of edits.sort((a, b) => b.at - a.at)) lines.splice(edit.at, edit.replace ? 1 : 0, edit.line);
  return { text: lines.join(eol), changes };
}

function main(argv: readonly string[]): number {
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const { files, corrections, errors: readErrors } = paths.length > 0 ? readNotes(paths) : readContentDir('content');
  const { collection, errors } = buildCollection(files, { corrections });
  const all = [...readErrors, ...errors];
  if (all.length > 0) {
    for (const error of all) process.stderr.write(`${error.message}\n`);
    process.stderr.write('Nothing was pinned: fix these first.\n');
    return 1;
  }
  let changed = 0;
  for (const file of corrections) {
    const { text, changes } = pinCorrections(file, collection.cards);
    for (const change of changes) process.stdout.write(`${change}\n`);
    if (text !== file.text) {
      writeFileSync(resolve(file.path), text);
      changed += 1;
    }
  }
  process.stdout.write(changed === 0 ? 'No corrections file needed a change.\n' : `${changed} corrections file${changed === 1 ? '' : 's'} updated.\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
