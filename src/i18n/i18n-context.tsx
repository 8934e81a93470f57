import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { DEFAULT_LANG } from './lang.ts';
import type { Lang } from './lang.ts';
import { messagesFor } from './catalog-part.ts';
import type { CatalogPart } from './catalog-part.ts';
import { getMessages } from './messages.ts';
import type { Messages } from './ru.ts';

interface I18nValue {
  lang: Lang;
  t: Messages;
}

// Without a provider the interface is Russian, so components render in isolation (tests, stories).
const I18nContext = createContext<I18nValue>({ lang: DEFAULT_LANG, t: getMessages(DEFAULT_LANG) });

export interface I18nProviderProps {
  lang: Lang;
  children: ReactNode;
}

/**
 * Provides the catalog for `lang` to `useT()` and keeps `<html lang>` (and the title) in step with it,
 * so screen readers pronounce the interface in the right language (CONTRACT.md relies on it).
 */
export function I18nProvider({ lang, children }: I18nProviderProps) {
  const value = useMemo(() => ({ lang, t: getMessages(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    // The tab and the installed app's window are named in the interface language too.
    document.title = value.t.appTitle;
  }, [lang, value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The current catalog: `t.showAnswer`, `t.cards(5)`, `t.summaryNextDue(ms)`; with a part of the
 * catalog (src/i18n/catalog-part.ts), its strings too: `useT(modes).quizStart`.
 */
export function useT(): Messages;
export function useT<E extends object>(part: CatalogPart<E>): Messages & E;
export function useT<E extends object>(part?: CatalogPart<E>): Messages | (Messages & E) {
  const { lang, t } = useContext(I18nContext);
  return part ? messagesFor(lang, part) : t;
}

/** The current language, for the formatting helpers (`formatInterval(ms, lang)`). */
export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
