/**
 * The corrections' strings (src/i18n/corrections.ru.ts, corrections.en.ts) with the main catalog.
 * Imported only by src/components/corrections.tsx, so they arrive with it wherever it is used.
 */
import { correctionsEn } from './corrections.en.ts';
import { correctionsRu } from './corrections.ru.ts';
import type { CorrectionsMessages } from './corrections.ru.ts';
import { extendCatalog } from './extend-catalog.ts';
import type { Messages } from './ru.ts';

const corrections = extendCatalog({ ru: correctionsRu, en: correctionsEn });

/** The main catalog and the corrections' strings, in the interface language. */
export const useCorrectionsT = (): Messages & CorrectionsMessages => corrections.use();
export const getCorrectionsMessages = corrections.get;
