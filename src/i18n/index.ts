/** The i18n public API: catalogs, the React binding and the Intl-based formatting helpers. */
export { DEFAULT_LANG, LANGS, LANG_NAMES, isLang } from './lang.ts';
export type { Lang } from './lang.ts';
export type { MessageKey, Messages } from './ru.ts';
export { getMessages } from './messages.ts';
export { I18nProvider, useLang, useT } from './i18n-context.tsx';
export type { I18nProviderProps } from './i18n-context.tsx';
export { formatDuration, formatInterval, formatNumber, formatPercent, formatRelative, plural } from './format.ts';
export type { PluralForms } from './format.ts';
