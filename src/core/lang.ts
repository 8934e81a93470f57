/**
 * Interface languages, as data: what a setting may hold and how a browser's languages pick one.
 * Russian is the default: the notes and most users are Russian-speaking. The catalogs themselves
 * are src/i18n's.
 */
export const LANGS = ['ru', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'ru';

/** Narrows an unknown value (from storage, a URL, a select) to a supported language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

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
