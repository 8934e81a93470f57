/**
 * Messages of the notes import screen (`#/import`), in Russian, the source of the keys; import.en.ts
 * has the same shape. They load with the screen (src/i18n/import-catalog.ts).
 */
import type { StorageFault } from '../core/imported-notes.ts';
import type { BytesProblem } from '../core/notes-import.ts';
import type { WarningKind } from '../core/types.ts';
import { formatDate } from './format-date.ts';
import { formatNumber, plural } from './format.ts';

const n = (x: number): string => formatNumber(x, 'ru');
const cards = (x: number): string => `${n(x)} ${plural('ru', x, { one: 'карточка', few: 'карточки', many: 'карточек', other: 'карточки' })}`;
const inDecks = (x: number): string => `в ${n(x)} ${plural('ru', x, { one: 'колоде', few: 'колодах', many: 'колодах', other: 'колоде' })}`;
const mb = (bytes: number): string => `${formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, 'ru')} МБ`;

export const importRu = {
  importTitle: 'Импорт заметок',
  importIntro:
    'Карточки из ваших заметок в Markdown — без Node и без сборки. Перед сохранением видно, что получится. Заметки хранятся только в этом браузере и попадают в резервную копию прогресса.',
  importPick: 'Выбрать файлы…',
  importPickHint: 'Файлы .md, .markdown или .txt, можно несколько сразу, до 10 МБ каждый. Файлы можно и перетащить на страницу.',
  importPasteLabel: 'Или вставьте заметки',
  importPasteName: 'Название',
  importPasteDefault: 'Вставленные заметки',
  importPasteButton: 'Разобрать',
  importParsing: 'Заметки разбираются…',
  importDropHere: 'Отпустите файлы, чтобы импортировать их',

  importRefused: 'Ничего не импортировано и ничего не изменено.',
  importBytesProblem: (name: string, problem: BytesProblem, bytes: number): string => {
    switch (problem) {
      case 'empty':
        return `«${name}»: файл пуст.`;
      case 'too-large':
        return `«${name}»: ${mb(bytes)} — больше предела в 10 МБ.`;
      case 'binary':
        return `«${name}» — не текст (похоже на картинку, архив или PDF).`;
      case 'not-utf8':
        return `«${name}» не в кодировке UTF-8. Сохраните его в UTF-8 и выберите снова.`;
    }
  },
  importWrongType: (name: string): string => `«${name}»: нужен файл .md, .markdown или .txt.`,
  importOrphanCorrections: (name: string): string => `«${name}» — файл поправок; выберите его вместе с файлом заметок, к которому он относится.`,
  importPasteEmpty: 'Вставьте текст заметок.',
  importHardErrors: 'В заметках есть ошибки, которые нужно исправить, прежде чем их импортировать:',
  importWorkerFailed: 'Не удалось разобрать заметки. Перезагрузите страницу и попробуйте снова.',
  noticeDetails: 'Подробности',
  importLine: (file: string, line: number): string => `${file}, строка ${n(line)}`,

  previewTitle: 'Что получится',
  previewCardsIn: (count: number, decks: number): string =>
    `${plural('ru', count, { one: 'карточка', few: 'карточки', many: 'карточек', other: 'карточки' })} ${inDecks(decks)}`,
  previewTarget: 'Куда',
  previewAsNew: 'Новые заметки',
  previewUpdate: (name: string): string => `Обновить «${name}»`,
  previewNew: (count: number): string => `Новых: ${cards(count)}.`,
  previewChanges: (added: number, changed: number, removed: number, unchanged: number): string =>
    `Добавится: ${n(added)}, изменится: ${n(changed)}, уйдёт: ${n(removed)}, без изменений: ${n(unchanged)}.`,
  previewRemovedKept: 'У ушедших карточек прогресс сохранится: он вернётся, если вопрос снова появится в заметках.',
  previewKeptProgress: 'Прогресс неизменённых и изменённых вопросов сохранится.',
  previewDuplicates: (count: number): string =>
    `${cards(count)} уже есть в других колодах. Они остаются там, со своим прогрессом, и в эту колоду не попадут:`,
  previewInDeck: (question: string, deck: string): string => `${question} — в «${deck}»`,
  previewSkipped: (count: number): string => `Не стало карточками: ${n(count)}`,
  previewWarnings: (count: number): string => `Предупреждения: ${n(count)}`,
  warningKind: (kind: WarningKind): string =>
    ({ mismatch: 'ответ, похоже, не на вопрос', code: 'код не разбирается', identifier: 'похоже на опечатку в имени API', 'correction-stale': 'поправка устарела' })[kind],
  previewMore: (count: number): string => `…и ещё ${n(count)}`,
  previewFirstCards: 'Первые карточки',
  previewChangedList: 'Изменённые и ушедшие вопросы',
  previewAdded: 'добавится',
  previewChanged: 'изменится',
  previewRemoved: 'уйдёт',
  previewNoCards: 'В этих заметках не нашлось ни одного вопроса с ответом. Форматы, которые понимает приложение, описаны в docs/notes-format.md.',
  importConfirm: 'Импортировать',
  importCancel: 'Отмена',
  importCancelled: 'Импорт отменён, ничего не изменено.',
  importDone: (count: number): string => `Импортировано: ${cards(count)}. Колоды — на главной.`,
  importSaveFailed: (fault: StorageFault): string =>
    ({
      full: 'В хранилище браузера нет места: заметки не сохранены. Удалите ненужные импортированные заметки или освободите место.',
      unavailable: 'Хранилище браузера недоступно (так бывает в приватном окне): заметки не сохранены. Уже сохранённое можно учить как прежде.',
      failed: 'Заметки не сохранены: хранилище браузера сообщило об ошибке. Уже сохранённое можно учить как прежде.',
    })[fault],

  importedTitle: 'Импортированные заметки',
  importedNone: 'Пока ничего не импортировано.',
  importedItem: (count: number, at: number): string => `${cards(count)} · ${formatDate(at, 'ru', 'long')}`,
  importedDelete: (name: string): string => `Удалить «${name}»…`,
  deleteConfirm: (name: string, count: number): string =>
    `Удалить «${name}» (${cards(count)})? Прогресс этих карточек останется и вернётся, если импортировать их снова.`,
  deleteProgressToo: 'Удалить и прогресс этих карточек (перед этим сохраняется резервная копия)',
  deleteYes: 'Да, удалить',
  deleteDone: (name: string): string => `Заметки «${name}» удалены.`,
  deleteBackupFailed: 'Заметки удалены, а прогресс их карточек оставлен: не удалось сохранить резервную копию.',
};

export type ImportMessages = typeof importRu;
