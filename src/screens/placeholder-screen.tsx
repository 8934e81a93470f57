import { useT } from '../i18n/index.ts';

/** A screen a later version fills in: says so plainly instead of showing a broken page. */
export function PlaceholderScreen({ title }: { title: string }) {
  const t = useT();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{title}</h1>
      <p>{t.comingSoon}</p>
      <p>
        <a href="#/">{t.backHome}</a>
      </p>
    </section>
  );
}
