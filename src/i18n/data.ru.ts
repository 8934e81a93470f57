/**
 * Messages of the settings screen's section on progress as data: export, import, reset, backups
 * (Russian, the source of the keys; data.en.ts has the same shape). The section loads lazily, and so
 * do these: they are read through useDataT() (data-messages.ts), not spread into the main catalog.
 */
import { formatNumber, plural } from './format.ts';

const cards = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'карточка', few: 'карточки', many: 'карточек', other: 'карточки' })}`;
/** Genitive after «прогресс»: «прогресс 1 карточки», «прогресс 5 карточек». */
const ofCards = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'карточки', few: 'карточек', many: 'карточек', other: 'карточки' })}`;

// Built on first use, not when the section loads.
let dateFormat: Intl.DateTimeFormat | undefined;
const dateTime = { format: (ms: number): string => (dateFormat ??= new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeStyle: 'short' })).format(ms) };
/** A size in characters, as KB under a megabyte and MB above (localStorage counts characters). */
const size = (chars: number): string =>
  chars < 1_048_576 ? `${formatNumber(Math.max(1, Math.round(chars / 1024)), 'ru')} КБ` : `${formatNumber(chars / 1_048_576, 'ru')} МБ`;

export const dataRu = {
  // Settings: export and import
  dataTitle: 'Прогресс: файл и резервные копии',
  dataIntro:
    'Прогресс хранится только в этом браузере. Скачайте его в файл, чтобы перенести на другое устройство или не потерять.',
  exportButton: 'Скачать прогресс (JSON)',
  importLabel: 'Загрузить прогресс из файла…',
  importHint: 'Файл экспорта или скачанная резервная копия. Перед применением будет показано, что изменится.',
  importReading: 'Файл читается…',
  importRejected: 'Файл не принят, прогресс не изменён.',
  importTooLarge: (chars: number): string => `Файл слишком большой для файла прогресса (${size(chars)}).`,
  importNotJson: 'Это не файл прогресса: он не в формате JSON.',
  importUnknownFormat: 'Это не файл прогресса этого приложения.',
  importNewerVersion: (version: number, ours: number): string =>
    `Файл сделан более новой версией приложения (формат ${version}), а эта версия читает форматы до ${ours}. Обновите приложение.`,
  importInvalid: (path: string): string => `Файл повреждён или изменён вручную: неверное значение в ${path}.`,
  importUnreadableFile: 'Не удалось прочитать файл.',

  // Import preview
  previewTitle: (fileName: string): string => `Импорт «${fileName}»`,
  previewRestoreTitle: (backup: string): string => `Восстановление копии: ${backup}`,
  previewExport: (date: number, appVersion: string, n: number): string =>
    `Экспорт от ${dateTime.format(date)}, версия приложения ${appVersion}: прогресс ${ofCards(n)}.`,
  previewStored: (n: number): string => `Резервная копия: прогресс ${ofCards(n)}.`,
  previewSkipped: (n: number): string => `${cards(n)} прочитать не удалось: они будут пропущены.`,
  previewNotes: (names: readonly string[]): string =>
    `В файле есть импортированные заметки (${formatNumber(names.length, 'ru')}): ${names.join(', ')}. Они будут восстановлены, заметки с теми же названиями — обновлены.`,
  notesRestored: (n: number): string => `Импортированные заметки восстановлены: ${cards(n)}.`,
  notesRestoreFailed: 'Импортированные заметки из файла не восстановлены, прогресс не изменён:',
  notesRestoreParse: 'в заметках есть ошибки',
  notesRestoreStorage: 'хранилище браузера недоступно или заполнено',
  previewNotInNotes: (n: number): string =>
    `${cards(n)} из файла нет в ваших заметках: их прогресс сохранится и вернётся вместе с ними.`,
  previewModeLegend: 'Как применить',
  previewMerge: 'Объединить с текущим прогрессом',
  previewMergeSummary: (added: number, updated: number, same: number): string =>
    `Добавится: ${formatNumber(added, 'ru')}, обновится: ${formatNumber(updated, 'ru')}, без изменений: ${formatNumber(same, 'ru')}. Ни одно повторение не потеряется.`,
  previewReplace: 'Заменить текущий прогресс',
  previewReplaceSummary: (current: number, incoming: number, removed: number): string =>
    (current === 0
      ? `Сейчас прогресса нет: будет взят прогресс из файла (${cards(incoming)})`
      : `Прогресс ${ofCards(current)} заменится прогрессом из файла (${cards(incoming)})`) +
    (removed > 0 ? `; прогресс ${ofCards(removed)}, которых нет в файле, будет удалён.` : '.'),
  previewBackupNote: 'Перед применением текущий прогресс сохранится в браузере как резервная копия.',
  previewApply: 'Применить',
  cancel: 'Отмена',
  importApplied: (added: number, updated: number): string =>
    `Импорт выполнен: добавлено ${formatNumber(added, 'ru')}, обновлено ${formatNumber(updated, 'ru')}.`,
  importReplaced: (n: number): string => `Прогресс заменён: теперь в нём ${cards(n)}.`,
  importNothingNew: 'В файле нет ничего нового: прогресс не изменился.',
  backupKeptNote: 'Прежний прогресс сохранён в резервной копии.',
  backupFailed:
    'Не удалось сохранить резервную копию в браузере: нет места. Скачайте текущий прогресс в файл, затем примените без копии.',
  downloadCurrent: 'Скачать текущий прогресс',
  applyWithoutBackup: 'Применить без копии в браузере',

  // Reset
  resetTitle: 'Сброс прогресса',
  resetButton: 'Сбросить прогресс…',
  resetConfirm: (n: number): string =>
    `Удалить прогресс ${ofCards(n)}? Все карточки снова станут новыми. Копия сохранится в браузере, её можно будет восстановить.`,
  resetYes: 'Да, сбросить',
  resetDone: 'Прогресс сброшен.',
  resetNothing: 'Прогресса пока нет: сбрасывать нечего.',

  // Backups
  backupsTitle: 'Резервные копии в браузере',
  backupsEmpty: 'Резервных копий нет.',
  backupDamaged: 'повреждённые данные',
  backupReset: 'перед сбросом',
  backupImport: 'перед импортом',
  backupRestore: 'перед восстановлением',
  backupUpgrade: 'перед обновлением формата',
  backupDeckDelete: 'перед удалением прогресса колоды',
  // Backups of the values beside progress: what they are of (listed, downloaded, deleted; not restored here).
  backupOfSettings: 'настройки',
  backupOfQuiz: 'тест',
  backupOfFlags: 'флажки и звёздочки',
  backupOfInterview: 'репетиции собеседования',
  backupReasonOf: (reason: string, what: string): string => `${reason}: ${what}`,
  backupLabel: (at: number, reason: string, chars: number): string => `${dateTime.format(at)} — ${reason}, ${size(chars)}`,
  backupDownload: 'Скачать',
  backupRestoreAction: 'Восстановить…',
  backupDelete: 'Удалить',
  backupDeleteConfirm: 'Удалить эту копию? Её нельзя будет восстановить.',
  backupDeleteYes: 'Да, удалить',
  backupDeleted: 'Копия удалена.',
  backupGone: 'Этой копии уже нет.',
};

export type DataMessages = typeof dataRu;
