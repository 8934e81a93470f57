import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useLang, useT } from '../../src/i18n/index.ts';

function Probe() {
  const t = useT();
  const lang = useLang();
  return (
    <p>
      {lang}: {t.showAnswer}, {t.cards(2)}
    </p>
  );
}

describe('I18nProvider', () => {
  it('is Russian without a provider', () => {
    render(<Probe />);
    expect(screen.getByText('ru: Показать ответ, 2 карточки')).toBeInTheDocument();
  });

  it('switches the catalog and <html lang> with the lang prop', () => {
    const { rerender } = render(
      <I18nProvider lang="en">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('en: Show answer, 2 cards')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    rerender(
      <I18nProvider lang="ru">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('ru: Показать ответ, 2 карточки')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
  });
});
