/**
 * `npm run cards [-- --json] [FILE...]`: the content audit (docs/contract.md).
 * Without --json, a readable summary; with it, one JSON object on stdout.
 * Hard errors go to stderr as `file:line: message` and the exit code is 1.
 */
import { buildCollection } from '../src/core/collection.ts';
import type { Collection } from '../src/core/types.ts';
import { listNotes, readNotes } from './read-notes.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((arg) => !arg.startsWith('--'));
const { files, errors: readErrors } = readNotes(paths.length > 0 ? paths : listNotes('content'));
const { collection, errors } = buildCollection(files);
const allErrors = [...readErrors, ...errors];

if (allErrors.length > 0) {
  for (const error of allErrors) process.stderr.write(`${error.message}\n`);
  process.stderr.write(`${allErrors.length} error${allErrors.length === 1 ? '' : 's'} in the notes.\n`);
  process.exitCode = 1;
} else if (json) {
  const { cards, skipped, warnings, decks } = collection;
  process.stdout.write(`${JSON.stringify({ cards, skipped, warnings, decks }, null, 2)}\n`);
} else {
  process.stdout.write(summary(collection));
}

function summary({ decks, cards, skipped, warnings }: Collection): string {
  const out: string[] = [`${cards.length} cards in ${decks.length} decks`, ''];
  for (const deck of decks) out.push(`  ${String(deck.cardCount).padStart(5)}  ${deck.id}  ${deck.title}`);
  out.push('', `Skipped (${skipped.length}):`);
  for (const s of skipped) out.push(`  ${s.file}:${s.line}: ${s.reason}`);
  out.push('', `Warnings (${warnings.length}):`);
  for (const w of warnings) out.push(`  ${w.file}:${w.line}: [${w.kind}] ${w.message}`);
  return `${out.join('\n')}\n`;
}
