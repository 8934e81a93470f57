/** The strings about stored data: a part of the catalog that loads with the storage notices and settings' data section. */
import { catalogPart } from './catalog-part.ts';
import { storageEn } from './storage.en.ts';
import { storageRu } from './storage.ru.ts';

export const storageStrings = catalogPart({ ru: storageRu, en: storageEn });
