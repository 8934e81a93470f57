/**
 * `npm run cards [-- --json] [FILE...]`: the content audit (docs/contract.md for the JSON, docs/notes-format.md for the notes).
 * Without --json, a readable summary; with it, one JSON object on stdout.
 * Hard errors go to stderr as `file:line: message` and the exit code is 1.
 *
 * Each notes file is read with its corrections file beside it; a `*.corrections.md` given
 * here stands for the notes file beside it (docs/notes-format.md).
 */
import { buildCollection } from '../src/core/collection.ts';
import { CARD_SHAPES, type Collection, type WarningKind } from '../src/core/types.ts';
import { readContentDir, readNotes } from './read-notes.ts';

const KINDS: readonly WarningKind[] = ['mismatch', 'code', 'identifier', 'correction-stale'];

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((arg) => !arg.startsWith('--'));
const { files, corrections, errors: readErrors } = paths.length > 0 ? readNotes(paths) : readContentDir('content');
const { collection, errors } = buildCollection(files, { corrections });
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
  const attached = cards.flatMap((card) => card.corrections ?? []);
  // A correction whose card is gone is on no card; its warning is all there is of it.
  const orphans = warnings.filter((w) => w.kind === 'correction-stale' && w.cardId === undefined).length;
  const stale = attached.filter((c) => c.stale).length + orphans;
  const byKind = KINDS.map((kind) => `${warnings.filter((w) => w.kind === kind).length} ${kind}`).join(', ');
  const shapes = CARD_SHAPES.flatMap((shape) => {
    const count = cards.filter((card) => card.shape === shape).length;
    return count > 0 ? [`${count} ${shape}`] : [];
  });
  const out: string[] = [
    `${cards.length} cards in ${decks.length} decks`,
    `by shape: ${shapes.length > 0 ? shapes.join(', ') : 'none'}`,
    `${attached.length + orphans} corrections (${stale} stale)`,
    `${warnings.length} warnings: ${byKind}`,
    '',
  ];
  for (const deck of decks) out.push(`  ${String(deck.cardCount).padStart(5)}  ${deck.id}  ${deck.title}`);
  out.push('', `Skipped (${skipped.length}):`);
  for (const s of skipped) out.push(`  ${s.file}:${s.line}: ${s.reason}`);
  out.push('', `Warnings (${warnings.length}):`);
  for (const kind of KINDS) {
    for (const w of warnings) if (w.kind === kind) out.push(`  ${w.file}:${w.line}: [${w.kind}] ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}
