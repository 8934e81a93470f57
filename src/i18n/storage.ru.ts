/**
 * Notices about stored progress (Russian, the source of the keys). They can appear on any screen,
 * but only when something is wrong, so they load with the notices (src/i18n/storage-catalog.ts);
 * storage.en.ts has the same shape. The settings section's messages load with it (data.ru.ts).
 */
import { formatNumber, plural } from './format.ts';

/** Genitive after «прогресс»: «прогресс 1 карточки», «прогресс 5 карточек». */
const ofCards = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'карточки', few: 'карточек', many: 'карточек', other: 'карточки' })}`;


export const storageRu = {
  // Notices (role="alert")
  noticeProgressDamaged: (kept: number, lost: number, repaired: number): string =>
    `Сохранённый прогресс был повреждён. Восстановлен прогресс ${ofCards(kept)}` +
    (lost > 0 ? `, не удалось прочитать ${formatNumber(lost, 'ru')}` : '') +
    (repaired > 0 ? `; у ${ofCards(repaired)} история повторений обрезана` : '') +
    '.',
  noticeProgressUnreadable: 'Сохранённый прогресс не удалось прочитать, поэтому приложение начато с чистого листа.',
  noticeProgressNewer:
    'Прогресс сохранён более новой версией приложения, а эта версия его не читает. Он оставлен как есть: обновите страницу, чтобы открыть новую версию.',
  noticeSettingsDamaged: 'Настройки были повреждены: вместо неверных значений взяты значения по умолчанию.',
  noticeInterviewDamaged: 'Сохранённые репетиции собеседования были повреждены: восстановлено то, что удалось прочитать.',
  noticeQuizDamaged: 'Сохранённый тест был повреждён: восстановлено то, что удалось прочитать.',
  noticeFlagsDamaged: 'Сохранённые флажки и звёздочки были повреждены: восстановлено то, что удалось прочитать.',
  noticeOriginalKept: 'Исходные данные сохранены в браузере как резервная копия.',
  noticeOriginalLeft: 'Исходные данные оставлены на месте и не перезаписываются.',
  noticeDownloadOriginal: 'Скачать исходные данные',
  noticeNotSavedQuota:
    'Прогресс не сохраняется: хранилище браузера переполнено. Заниматься можно, но после закрытия вкладки результаты пропадут — скачайте их в файл.',
  noticeNotSavedUnavailable:
    'Прогресс не сохраняется: браузер не даёт сохранять данные (например, в приватном режиме). Заниматься можно, но после закрытия вкладки результаты пропадут — скачайте их в файл.',
  noticeNotSavedBackupFailed:
    'Прогресс не сохраняется, чтобы не затереть повреждённые данные: для их резервной копии нет места. Скачайте прогресс в файл.',
  noticeNotSavedNewer:
    'Прогресс этой вкладки не сохраняется, чтобы не затереть данные более новой версии приложения. Скачайте его в файл и загрузите в новой версии.',
  noticeExport: 'Скачать прогресс',
  noticeDetails: 'Подробности',
  exportDone: (n: number): string => `Файл с прогрессом ${ofCards(n)} подготовлен к скачиванию.`,
};

export type StorageMessages = typeof storageRu;
