/** The lazily loaded catalog of the progress-as-data section, in the interface language. */
import { dataEn } from './data.en.ts';
import { dataRu } from './data.ru.ts';
import type { DataMessages } from './data.ru.ts';
import { useLang } from './i18n-context.tsx';
import type { Lang } from './lang.ts';

const catalogs: Readonly<Record<Lang, DataMessages>> = { ru: dataRu, en: dataEn };

/** Like useT(), for the messages in data.ru.ts / data.en.ts. */
export function useDataT(): DataMessages {
  return catalogs[useLang()];
}

export type { DataMessages };
