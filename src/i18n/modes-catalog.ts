/**
 * The interview modes' strings (src/i18n/modes.ru.ts, modes.en.ts) with the main catalog. Imported
 * only by the modes' components (quiz, weak cards, browse, flags), which load lazily.
 */
import { extendCatalog } from './extend-catalog.ts';
import { modesEn } from './modes.en.ts';
import { modesRu } from './modes.ru.ts';
import type { Messages } from './ru.ts';

export type ModesMessages = Messages & typeof modesRu;

const modes = extendCatalog({ ru: modesRu, en: modesEn });

/** The main catalog and the modes' strings, in the interface language: `t.quizStart`, `t.browseTitle`. */
export const useModesT = (): ModesMessages => modes.use();
export const getModesMessages = modes.get;
