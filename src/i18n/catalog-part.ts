/**
 * The one way strings reach the interface: the main catalog (ru.ts, en.ts), and parts of it that
 * travel with a lazily loaded part of the app instead of the first screen's JS (the interview modes,
 * the secondary screens, the storage notices, settings' data section). A part is merged with the main
 * catalog in the interface language: `useT(modes)` gives `t.quizStart` as well as `t.showAnswer`.
 * Import a part only from the lazily loaded modules that use it, so its strings stay in their chunk.
 */
import type { Lang } from './lang.ts';
import { getMessages } from './messages.ts';
import type { Messages } from './ru.ts';

/** A part's strings in each language; the English twin is typed against the Russian one. */
export interface CatalogPart<E extends object> {
  readonly byLang: Readonly<Record<Lang, E>>;
  /** Merged with the main catalog, made on first use per language. */
  readonly merged: Map<Lang, Messages & E>;
}

/** Declares a part of the catalog. */
export function catalogPart<E extends object>(byLang: Readonly<Record<Lang, E>>): CatalogPart<E> {
  return { byLang, merged: new Map() };
}

/** The main catalog in `lang`, with `part`'s strings if given. For code outside React: tests, error pages. */
export function messagesFor(lang: Lang): Messages;
export function messagesFor<E extends object>(lang: Lang, part: CatalogPart<E>): Messages & E;
export function messagesFor<E extends object>(lang: Lang, part?: CatalogPart<E>): Messages | (Messages & E) {
  if (!part) return getMessages(lang);
  let catalog = part.merged.get(lang);
  if (!catalog) {
    catalog = { ...getMessages(lang), ...part.byLang[lang] };
    part.merged.set(lang, catalog);
  }
  return catalog;
}
