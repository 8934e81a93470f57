import { en } from './en.ts';
import type { Lang } from './lang.ts';
import { ru } from './ru.ts';
import type { Messages } from './ru.ts';

const catalogs: Readonly<Record<Lang, Messages>> = { ru, en };

/** The catalog for a language, for code outside React (tests, document title, error pages). */
export function getMessages(lang: Lang): Messages {
  return catalogs[lang];
}
