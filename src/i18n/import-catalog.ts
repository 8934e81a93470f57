/** The import screen's strings: a part of the catalog that loads with the screen. */
import { catalogPart } from './catalog-part.ts';
import { importEn } from './import.en.ts';
import { importRu } from './import.ru.ts';

export const importStrings = catalogPart({ ru: importRu, en: importEn });
