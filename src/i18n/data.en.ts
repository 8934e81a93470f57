/** Messages of the progress-as-data section, in English; typed against the Russian shape (data.ru.ts). */
import { formatNumber, plural } from './format.ts';
import type { DataMessages } from './data.ru.ts';

const cards = (n: number): string => `${formatNumber(n, 'en')} ${plural('en', n, { one: 'card', other: 'cards' })}`;

// Built on first use, not when the section loads.
let dateFormat: Intl.DateTimeFormat | undefined;
const dateTime = { format: (ms: number): string => (dateFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' })).format(ms) };
/** A size in characters, as KB under a megabyte and MB above (localStorage counts characters). */
const size = (chars: number): string =>
  chars < 1_048_576 ? `${formatNumber(Math.max(1, Math.round(chars / 1024)), 'en')} KB` : `${formatNumber(chars / 1_048_576, 'en')} MB`;

export const dataEn: DataMessages = {
  dataTitle: 'Progress: file and backups',
  dataIntro: 'Progress is stored only in this browser. Download it to a file to move it to another device or to keep it safe.',
  exportButton: 'Download progress (JSON)',
  importLabel: 'Load progress from a file…',
  importHint: 'An export file or a downloaded backup. You will see what changes before anything is applied.',
  importReading: 'Reading the file…',
  importRejected: 'The file was not accepted; your progress is unchanged.',
  importTooLarge: (chars: number): string => `The file is too large to be a progress file (${size(chars)}).`,
  importNotJson: 'This is not a progress file: it is not JSON.',
  importUnknownFormat: 'This is not a progress file of this app.',
  importNewerVersion: (version: number, ours: number): string =>
    `The file was made by a newer version of the app (format ${version}); this version reads formats up to ${ours}. Update the app.`,
  importInvalid: (path: string): string => `The file is damaged or was edited by hand: invalid value at ${path}.`,
  importUnreadableFile: 'The file could not be read.',

  previewTitle: (fileName: string): string => `Import “${fileName}”`,
  previewRestoreTitle: (backup: string): string => `Restore the backup: ${backup}`,
  previewExport: (date: number, appVersion: string, n: number): string =>
    `Exported on ${dateTime.format(date)} by app version ${appVersion}: progress of ${cards(n)}.`,
  previewStored: (n: number): string => `A backup: progress of ${cards(n)}.`,
  previewSkipped: (n: number): string => `${cards(n)} could not be read and will be skipped.`,
  previewNotes: (names: readonly string[]): string =>
    `The file carries imported notes (${formatNumber(names.length, 'en')}): ${names.join(', ')}. They will be restored, and notes of the same names updated.`,
  notesRestored: (n: number): string => `Imported notes restored: ${cards(n)}.`,
  notesRestoreFailed: 'The imported notes in the file were not restored, and progress is unchanged:',
  notesRestoreParse: 'the notes have errors',
  notesRestoreStorage: 'the browser’s storage is unavailable or full',
  previewNotInNotes: (n: number): string =>
    `${cards(n)} in the file are not in your notes: their progress is kept and comes back with them.`,
  previewModeLegend: 'How to apply it',
  previewMerge: 'Merge with the current progress',
  previewMergeSummary: (added: number, updated: number, same: number): string =>
    `Added: ${formatNumber(added, 'en')}, updated: ${formatNumber(updated, 'en')}, unchanged: ${formatNumber(same, 'en')}. No review is lost.`,
  previewReplace: 'Replace the current progress',
  previewReplaceSummary: (current: number, incoming: number, removed: number): string =>
    (current === 0
      ? `There is no progress now: the file's is taken (${cards(incoming)})`
      : `The progress of ${cards(current)} is replaced by the file's (${cards(incoming)})`) +
    (removed > 0 ? `; the progress of ${cards(removed)} not in the file is removed.` : '.'),
  previewBackupNote: 'The current progress is backed up in the browser before anything is applied.',
  previewApply: 'Apply',
  cancel: 'Cancel',
  importApplied: (added: number, updated: number): string =>
    `Imported: ${formatNumber(added, 'en')} added, ${formatNumber(updated, 'en')} updated.`,
  importReplaced: (n: number): string => `Progress replaced: it now holds ${cards(n)}.`,
  importNothingNew: 'Nothing new in the file: your progress is unchanged.',
  backupKeptNote: 'The previous progress is kept in a backup.',
  backupFailed:
    'A backup could not be kept in the browser: there is no room. Download the current progress to a file, then apply without a browser backup.',
  downloadCurrent: 'Download the current progress',
  applyWithoutBackup: 'Apply without a browser backup',

  resetTitle: 'Reset progress',
  resetButton: 'Reset progress…',
  resetConfirm: (n: number): string =>
    `Delete the progress of ${cards(n)}? Every card becomes new again. A copy is kept in the browser and can be restored.`,
  resetYes: 'Yes, reset',
  resetDone: 'Progress reset.',
  resetNothing: 'There is no progress yet: nothing to reset.',

  backupsTitle: 'Backups in this browser',
  backupsEmpty: 'No backups.',
  backupDamaged: 'damaged data',
  backupReset: 'before a reset',
  backupImport: 'before an import',
  backupRestore: 'before a restore',
  backupUpgrade: 'before a format upgrade',
  backupDeckDelete: 'before deleting a deck’s progress',
  backupOfSettings: 'settings',
  backupOfQuiz: 'quiz',
  backupOfFlags: 'flags and stars',
  backupOfInterview: 'interview rehearsals',
  backupReasonOf: (reason: string, what: string): string => `${reason}: ${what}`,
  backupLabel: (at: number, reason: string, chars: number): string => `${dateTime.format(at)} — ${reason}, ${size(chars)}`,
  backupDownload: 'Download',
  backupRestoreAction: 'Restore…',
  backupDelete: 'Delete',
  backupDeleteConfirm: 'Delete this backup? It cannot be restored afterwards.',
  backupDeleteYes: 'Yes, delete',
  backupDeleted: 'Backup deleted.',
  backupGone: 'This backup is no longer there.',
};
