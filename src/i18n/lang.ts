/** Interface languages. Russian is the default: the notes and most users are Russian-speaking. */
export type Lang = 'ru' | 'en';

export const LANGS: readonly Lang[] = ['ru', 'en'];

export const DEFAULT_LANG: Lang = 'ru';

/** Narrows an unknown value (from storage, a URL, a select) to a supported language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Each language's name in itself, as a language picker shows it whatever the current language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { ru: 'Русский', en: 'English' };

/**
 * The interface language for a browser's preferred languages (navigator.languages, best first):
 * the first one we have, by its primary subtag ("en-GB" is English); Russian if none matches.
 * Used only until the user picks a language in settings.
 */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
