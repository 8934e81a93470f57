/**
 * Strings that travel with a lazily loaded part of the app instead of the first screen's JS: a
 * part's own messages, merged with the main catalog in the interface language. Import the result
 * only from that part's modules (src/i18n/modes-catalog.ts, storage-catalog.ts).
 */
import { useLang } from './i18n-context.tsx';
import type { Lang } from './lang.ts';
import { getMessages } from './messages.ts';
import type { Messages } from './ru.ts';

export interface ExtendedCatalog<E> {
  /** For code outside React (tests). */
  get(lang: Lang): Messages & E;
  /** For components: the catalog in the interface language. */
  use(): Messages & E;
}

export function extendCatalog<E extends object>(extras: Readonly<Record<Lang, E>>): ExtendedCatalog<E> {
  const merged = new WeakMap<Messages, Messages & E>();
  const get = (lang: Lang): Messages & E => {
    const t = getMessages(lang);
    let catalog = merged.get(t);
    if (!catalog) {
      catalog = { ...t, ...extras[lang] };
      merged.set(t, catalog);
    }
    return catalog;
  };
  return { get, use: () => get(useLang()) };
}
