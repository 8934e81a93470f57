/** The corrections' strings: a part of the catalog that arrives with src/components/corrections.tsx, wherever it is used. */
import { catalogPart } from './catalog-part.ts';
import { correctionsEn } from './corrections.en.ts';
import { correctionsRu } from './corrections.ru.ts';

export const correctionsStrings = catalogPart({ ru: correctionsRu, en: correctionsEn });
