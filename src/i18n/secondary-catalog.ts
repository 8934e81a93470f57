/** The secondary screens' strings (stats, the interview plan, settings' extra fields): a part of the catalog that loads with them. */
import { catalogPart } from './catalog-part.ts';
import { secondaryEn } from './secondary.en.ts';
import { secondaryRu } from './secondary.ru.ts';

export const secondary = catalogPart({ ru: secondaryRu, en: secondaryEn });
