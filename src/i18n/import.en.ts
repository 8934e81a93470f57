/** Messages of the notes import screen, in English; typed against the Russian shape (import.ru.ts). */
import type { ImportMessages } from './import.ru.ts';
import { formatDate } from './format-date.ts';
import { formatNumber, plural } from './format.ts';

const n = (x: number): string => formatNumber(x, 'en');
const cards = (x: number): string => `${n(x)} ${plural('en', x, { one: 'card', other: 'cards' })}`;
const mb = (bytes: number): string => `${formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, 'en')} MB`;

export const importEn: ImportMessages = {
  importTitle: 'Import notes',
  importIntro:
    'Cards from your own markdown notes, with no Node and no build. You see what you get before anything is saved. Notes are kept in this browser only, and go into the progress backup file.',
  importPick: 'Choose files…',
  importPickHint: '.md, .markdown or .txt files, several at once, up to 10 MB each. You can also drop files onto the page.',
  importPasteLabel: 'Or paste notes',
  importPasteName: 'Name',
  importPasteDefault: 'Pasted notes',
  importPasteButton: 'Read',
  importParsing: 'Reading the notes…',
  importDropHere: 'Drop the files to import them',

  importRefused: 'Nothing was imported and nothing changed.',
  importBytesProblem: (name, problem, bytes) => {
    switch (problem) {
      case 'empty':
        return `“${name}” is empty.`;
      case 'too-large':
        return `“${name}” is ${mb(bytes)}, over the 10 MB limit.`;
      case 'binary':
        return `“${name}” is not text (it looks like an image, an archive or a PDF).`;
      case 'not-utf8':
        return `“${name}” is not UTF-8. Save it as UTF-8 and choose it again.`;
    }
  },
  importWrongType: (name) => `“${name}”: choose a .md, .markdown or .txt file.`,
  importOrphanCorrections: (name) => `“${name}” is a corrections file: choose it together with the notes file it belongs to.`,
  importPasteEmpty: 'Paste the text of your notes.',
  importHardErrors: 'The notes have errors to fix before they can be imported:',
  importWorkerFailed: 'The notes could not be read. Reload the page and try again.',
  noticeDetails: 'Details',
  importLine: (file, line) => `${file}, line ${n(line)}`,

  previewTitle: 'What you will get',
  previewCardsIn: (count, decks) => `${plural('en', count, { one: 'card', other: 'cards' })} in ${n(decks)} ${plural('en', decks, { one: 'deck', other: 'decks' })}`,
  previewTarget: 'Import as',
  previewAsNew: 'New notes',
  previewUpdate: (name) => `Update “${name}”`,
  previewNew: (count) => `New: ${cards(count)}.`,
  previewChanges: (added, changed, removed, unchanged) => `Added: ${n(added)}, changed: ${n(changed)}, removed: ${n(removed)}, unchanged: ${n(unchanged)}.`,
  previewRemovedKept: 'Removed cards keep their progress: it comes back if the question returns to the notes.',
  previewKeptProgress: 'Unchanged and changed questions keep their progress.',
  previewDuplicates: (count) => `${cards(count)} already in other decks. They stay there, with their progress, and are left out of this deck:`,
  previewInDeck: (question, deck) => `${question} — in “${deck}”`,
  previewSkipped: (count) => `Not made into cards: ${n(count)}`,
  previewWarnings: (count) => `Warnings: ${n(count)}`,
  warningKind: (kind) =>
    ({ mismatch: 'the answer may not answer the question', code: 'code that does not parse', identifier: 'looks like a misspelt API name', 'correction-stale': 'a correction out of date' })[kind],
  previewMore: (count) => `…and ${n(count)} more`,
  previewFirstCards: 'First cards',
  previewChangedList: 'Changed and removed questions',
  previewAdded: 'added',
  previewChanged: 'changed',
  previewRemoved: 'removed',
  previewNoCards: 'No question with an answer was found in these notes. The shapes the app reads are described in docs/notes-format.md.',
  importConfirm: 'Import',
  importCancel: 'Cancel',
  importCancelled: 'Import cancelled; nothing changed.',
  importDone: (count) => `Imported: ${cards(count)}. The decks are on the home screen.`,
  importSaveFailed: (fault) =>
    ({
      full: 'The browser’s storage is full: the notes were not saved. Delete imported notes you no longer need, or free some space.',
      unavailable: 'The browser’s storage is unavailable (as in some private windows): the notes were not saved. What is already here can be studied as before.',
      failed: 'The notes were not saved: the browser’s storage reported an error. What is already here can be studied as before.',
    })[fault],

  importedTitle: 'Imported notes',
  importedNone: 'Nothing imported yet.',
  importedItem: (count, at) => `${cards(count)} · ${formatDate(at, 'en', 'long')}`,
  importedDelete: (name) => `Delete “${name}”…`,
  deleteConfirm: (name, count) => `Delete “${name}” (${cards(count)})? These cards keep their progress; it comes back if you import them again.`,
  deleteProgressToo: 'Delete these cards’ progress too (a backup is kept first)',
  deleteYes: 'Yes, delete',
  deleteDone: (name) => `“${name}” deleted.`,
  deleteBackupFailed: 'The notes were deleted, but their cards’ progress was kept: no backup could be made.',
};
