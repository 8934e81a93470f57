/**
 * Settings fields for the theme and the interview date, kept out of the settings screen's file
 * so the screen stays small. Both apply at once, like the rest of the settings form.
 */
import { useId, useState } from 'react';
import { dateAfter } from '../core/interview-date.ts';
import { useT } from '../i18n/index.ts';
import { secondary } from '../i18n/secondary-catalog.ts';
import type { SecondaryMessages } from '../i18n/secondary.ru.ts';
import { THEMES } from '../store/settings-slice.ts';
import type { Theme } from '../store/settings-slice.ts';
import { useStore } from '../store/use-store.ts';

const themeLabel = (t: SecondaryMessages, theme: Theme): string =>
  theme === 'light' ? t.themeLight : theme === 'dark' ? t.themeDark : t.themeSystem;

/** Light, dark, or the system's: a label and a select, for a grid form. */
export function ThemeField() {
  const t = useT(secondary);
  const id = useId();
  const theme = useStore((s) => s.settings.theme);
  const update = useStore((s) => s.updateSettings);
  return (
    <>
      <label htmlFor={id}>{t.settingsTheme}</label>
      <select id={id} value={theme} onChange={(e) => update({ theme: e.target.value as Theme })}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {themeLabel(t, value)}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * The interview date: a date input, its hint and a button to clear it.
 * Uncontrolled: Chromium reports an empty value while a date is half typed, and writing that back
 * would wipe what the user is typing. An empty field is applied when it loses focus instead.
 */
export function InterviewDateField() {
  const t = useT(secondary);
  const ids = { input: useId(), hint: useId() };
  const date = useStore((s) => s.settings.interviewDate);
  const hour = useStore((s) => s.settings.dayStartHour);
  const update = useStore((s) => s.updateSettings);
  const [invalid, setInvalid] = useState(false);
  // A new key remounts the input, so "clear" empties it even though it is uncontrolled.
  const [generation, setGeneration] = useState(0);
  const [today] = useState(() => dateAfter(Date.now(), hour, 0));

  const apply = (value: string): void => {
    if (value === '') return;
    setInvalid(update({ interviewDate: value }).length > 0);
  };
  const clear = (): void => {
    update({ interviewDate: null });
    setInvalid(false);
    setGeneration((g) => g + 1);
  };

  return (
    <>
      <label htmlFor={ids.input}>{t.interviewDateLabel}</label>
      <div className="date-field">
        <input
          key={generation}
          id={ids.input}
          type="date"
          min={today}
          defaultValue={date ?? ''}
          aria-describedby={ids.hint}
          aria-invalid={invalid}
          onChange={(e) => apply(e.target.value)}
          onBlur={(e) => e.target.value === '' && date !== null && !e.target.validity.badInput && clear()}
        />
        {date !== null && (
          <button type="button" className="link-button" onClick={clear}>
            {t.interviewDateClear}
          </button>
        )}
      </div>
      <p id={ids.hint} className="hint">
        {t.interviewDateHint}
      </p>
    </>
  );
}
