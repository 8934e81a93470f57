import { useT } from '../i18n/index.ts';

/** Any hash that is not a route (a mistyped or cut link): says so, under the navigation. */
export function NotFoundScreen() {
  const t = useT();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.errorNotFound}</h1>
      <p>
        <a href="#/">{t.backHome}</a>
      </p>
    </section>
  );
}
