/** Interface languages (src/core/lang.ts), and how a language picker names them. */
import type { Lang } from '../core/lang.ts';

export { DEFAULT_LANG, LANGS, detectLang, isLang } from '../core/lang.ts';
export type { Lang } from '../core/lang.ts';

/** Each language's name in itself, as a language picker shows it whatever the current language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { ru: 'Русский', en: 'English' };
