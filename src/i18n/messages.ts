/**
 * The catalogs by language. Russian, the default, is part of the first screen's code; English is a
 * chunk of its own (~3 kB gzip that a Russian learner never needs), loaded before the first render
 * when it is the chosen language (src/main.tsx) or when the learner switches to it.
 */
import type { Lang } from './lang.ts';
import { ru } from './ru.ts';
import type { Messages } from './ru.ts';

const catalogs: Partial<Record<Lang, Messages>> = { ru };
const loaders: Readonly<Record<Lang, () => Promise<Messages>>> = {
  ru: () => Promise.resolve(ru),
  en: () => import('./en.ts').then((m) => m.en),
};
const pending = new Map<Lang, Promise<Messages>>();

/** Loads a language's catalog once; a failed load can be tried again. */
export function loadMessages(lang: Lang): Promise<Messages> {
  const loaded = catalogs[lang];
  if (loaded) return Promise.resolve(loaded);
  let loading = pending.get(lang);
  if (!loading) {
    loading = loaders[lang]().then(
      (catalog) => (catalogs[lang] = catalog),
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}

/** The catalog for a language if it has loaded (Russian always has), else null. */
export function loadedMessages(lang: Lang): Messages | null {
  return catalogs[lang] ?? null;
}

/**
 * The catalog for a language, for code outside React (tests, error pages); Russian until another
 * language's catalog has loaded (loadMessages).
 */
export function getMessages(lang: Lang): Messages {
  return catalogs[lang] ?? ru;
}
