/**
 * The catalog of the lazily loaded screens (src/i18n/secondary.ru.ts, secondary.en.ts) in the
 * current language. Imported only by components in the lazy chunk, so these strings travel with
 * it instead of the first screen's JS.
 */
import { useLang } from './i18n-context.tsx';
import type { Lang } from './lang.ts';
import { secondaryEn } from './secondary.en.ts';
import { secondaryRu } from './secondary.ru.ts';
import type { SecondaryMessages } from './secondary.ru.ts';

const catalogs: Readonly<Record<Lang, SecondaryMessages>> = { ru: secondaryRu, en: secondaryEn };

/** The lazy screens' strings in the interface language. */
export function useSecondaryT(): SecondaryMessages {
  return catalogs[useLang()];
}

/** The lazy screens' strings for a language, outside React (tests). */
export function getSecondaryMessages(lang: Lang): SecondaryMessages {
  return catalogs[lang];
}
