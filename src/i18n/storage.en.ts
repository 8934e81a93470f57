/** Notices about stored progress, in English; typed against the Russian shape (storage.ru.ts). */
import { formatNumber, plural } from './format.ts';
import type { StorageMessages } from './storage.ru.ts';

const cards = (n: number): string => `${formatNumber(n, 'en')} ${plural('en', n, { one: 'card', other: 'cards' })}`;


export const storageEn: StorageMessages = {
  noticeProgressDamaged: (kept: number, lost: number, repaired: number): string =>
    `Stored progress was damaged. Progress of ${cards(kept)} was recovered` +
    (lost > 0 ? `; ${formatNumber(lost, 'en')} could not be read` : '') +
    (repaired > 0 ? `; ${cards(repaired)} lost part of their review history` : '') +
    '.',
  noticeProgressUnreadable: 'Stored progress could not be read, so the app started from scratch.',
  noticeProgressNewer:
    'Progress was saved by a newer version of the app, which this version cannot read. It is left as it is: reload the page to open the newer version.',
  noticeSettingsDamaged: 'Settings were damaged: defaults are used instead of the invalid values.',
  noticeInterviewDamaged: 'The saved interview rehearsals were damaged: whatever could be read has been restored.',
  noticeQuizDamaged: 'The saved quiz was damaged: whatever could be read has been restored.',
  noticeFlagsDamaged: 'Saved flags and stars were damaged: whatever could be read has been restored.',
  noticeOriginalKept: 'The original data is kept in the browser as a backup.',
  noticeOriginalLeft: 'The original data is left in place and not written over.',
  noticeDownloadOriginal: 'Download the original data',
  noticeNotSavedQuota:
    'Progress is not being saved: browser storage is full. You can keep studying, but the results will be gone when this tab closes — download them to a file.',
  noticeNotSavedUnavailable:
    'Progress is not being saved: the browser does not allow storing data (in a private window, for example). You can keep studying, but the results will be gone when this tab closes — download them to a file.',
  noticeNotSavedBackupFailed:
    'Progress is not being saved, so as not to write over damaged data that there is no room to back up. Download your progress to a file.',
  noticeNotSavedNewer:
    "This tab's progress is not being saved, so as not to write over a newer version's data. Download it to a file and import it in the newer version.",
  noticeExport: 'Download progress',
  noticeDetails: 'Details',
  exportDone: (n: number): string => `A file with the progress of ${cards(n)} is ready to download.`,
};
