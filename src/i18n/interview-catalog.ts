/** The interview rehearsal's strings: a part of the catalog that loads with its screen. */
import { catalogPart } from './catalog-part.ts';
import { interviewEn } from './interview.en.ts';
import { interviewRu } from './interview.ru.ts';

export const interviewStrings = catalogPart({ ru: interviewRu, en: interviewEn });
