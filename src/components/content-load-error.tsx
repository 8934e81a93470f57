/** What shows instead of the app when the cards could not be downloaded (offline, a half-finished deploy). */
import { I18nProvider, useT } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';

export interface ContentLoadErrorProps {
  lang: Lang;
  /** The technical reason, shown small, for a bug report. */
  detail: string;
}

/** A clear message and a way to try again, in the learner's language. */
export function ContentLoadError({ lang, detail }: ContentLoadErrorProps) {
  return (
    <I18nProvider lang={lang}>
      <Message detail={detail} />
    </I18nProvider>
  );
}

function Message({ detail }: { detail: string }) {
  const t = useT();
  return (
    // The app frame's box, so the message sits where a screen would.
    <main className="app screen">
      <section role="alert" aria-labelledby="load-error-title">
        <h1 id="load-error-title">{t.errorTitle}</h1>
        <p>{t.errorCardsLoad}</p>
        <p className="notice-detail">{detail}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t.errorReload}
        </button>
      </section>
    </main>
  );
}
