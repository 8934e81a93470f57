import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { DEFAULT_LANG } from './lang.ts';
import type { Lang } from './lang.ts';
import { getMessages, loadMessages, loadedMessages } from './messages.ts';
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
  // A catalog not loaded yet (the learner just switched to English) arrives in a moment; until
  // then the interface stays in the language it was in.
  const [fallback, setFallback] = useState<Lang>(() => (loadedMessages(lang) ? lang : DEFAULT_LANG));
  const shown = loadedMessages(lang) ? lang : fallback;
  useEffect(() => {
    let live = true;
    loadMessages(lang).then(
      () => live && setFallback(lang),
      () => undefined, // offline with the chunk not cached: the interface stays as it is
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const value = useMemo(() => ({ lang: shown, t: getMessages(shown) }), [shown]);
  useEffect(() => {
    document.documentElement.lang = value.lang;
    // The tab and the installed app's window are named in the interface language too.
    document.title = value.t.appTitle;
  }, [value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current catalog: `t.showAnswer`, `t.cards(5)`, `t.summaryNextDue(ms)`. */
export function useT(): Messages {
  return useContext(I18nContext).t;
}

/** The current language, for the formatting helpers (`formatInterval(ms, lang)`). */
export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
