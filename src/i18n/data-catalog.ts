/** Settings' section on progress as data (export, import, reset, backups): a part of the catalog that loads with it. */
import { catalogPart } from './catalog-part.ts';
import { dataEn } from './data.en.ts';
import { dataRu } from './data.ru.ts';

export const dataStrings = catalogPart({ ru: dataRu, en: dataEn });
