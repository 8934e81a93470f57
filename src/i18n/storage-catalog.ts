/**
 * The strings about stored data (src/i18n/storage.ru.ts, storage.en.ts) with the main catalog.
 * Imported only by the storage notices and the settings' data section, which load lazily.
 */
import { extendCatalog } from './extend-catalog.ts';
import type { Messages } from './ru.ts';
import { storageEn } from './storage.en.ts';
import { storageRu } from './storage.ru.ts';

export type StorageNoticeMessages = Messages & typeof storageRu;

const storage = extendCatalog({ ru: storageRu, en: storageEn });

/** The main catalog and the storage strings, in the interface language. */
export const useStorageT = (): StorageNoticeMessages => storage.use();
export const getStorageMessages = storage.get;
