/** The interview modes' strings (quiz, weak cards, browse, flags): a part of the catalog that loads with them. */
import { catalogPart } from './catalog-part.ts';
import { modesEn } from './modes.en.ts';
import { modesRu } from './modes.ru.ts';

export const modes = catalogPart({ ru: modesRu, en: modesEn });
