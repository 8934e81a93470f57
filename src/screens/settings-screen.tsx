/** Settings (`#/settings`): new cards a day, desired retention, the day's start hour, language, theme, interview date; export, import, reset. Applied at once. */
import { lazy, useId, useState } from 'react';
import { LazyPart } from '../components/lazy-part.tsx';
import { InterviewDateField, ThemeField } from '../components/settings-extra-fields.tsx';
import { LANGS, LANG_NAMES, isLang, useT } from '../i18n/index.ts';
import { SETTINGS_LIMITS } from '../store/settings-slice.ts';
import type { Settings } from '../store/settings-slice.ts';
import { useStore } from '../store/use-store.ts';

// Export, import, reset and backups: loaded with this screen's visit, not with the app.
const ProgressDataSection = lazy(() => import('./progress-data-section.tsx'));

export function SettingsScreen() {
  const t = useT();
  const settings = useStore((s) => s.settings);
  const update = useStore((s) => s.updateSettings);
  const [rejected, setRejected] = useState<readonly (keyof Settings)[]>([]);
  const ids = { newPerDay: useId(), retention: useId(), dayStart: useId(), language: useId(), hint: useId() };

  const apply = (patch: Partial<Settings>): void => setRejected(update(patch));
  const invalid = (field: keyof Settings) => rejected.includes(field);

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t.settingsTitle}</h1>
      <form className="settings-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={ids.newPerDay}>{t.settingsNewPerDay}</label>
        <input
          id={ids.newPerDay}
          type="number"
          inputMode="numeric"
          min={SETTINGS_LIMITS.newPerDay.min}
          max={SETTINGS_LIMITS.newPerDay.max}
          defaultValue={settings.newPerDay}
          aria-invalid={invalid('newPerDay')}
          onChange={(e) => e.target.value !== '' && apply({ newPerDay: Number(e.target.value) })}
        />

        <label htmlFor={ids.retention}>{t.settingsRetention} (%)</label>
        <input
          id={ids.retention}
          type="number"
          inputMode="numeric"
          min={SETTINGS_LIMITS.desiredRetention.min * 100}
          max={SETTINGS_LIMITS.desiredRetention.max * 100}
          defaultValue={Math.round(settings.desiredRetention * 100)}
          aria-describedby={ids.hint}
          aria-invalid={invalid('desiredRetention')}
          onChange={(e) => e.target.value !== '' && apply({ desiredRetention: Number(e.target.value) / 100 })}
        />
        <p id={ids.hint} className="hint">
          {t.settingsRetentionHint(0.9)}
        </p>

        <label htmlFor={ids.dayStart}>{t.settingsDayStart}</label>
        <select id={ids.dayStart} value={settings.dayStartHour} onChange={(e) => apply({ dayStartHour: Number(e.target.value) })}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {`${String(hour).padStart(2, '0')}:00`}
            </option>
          ))}
        </select>

        <label htmlFor={ids.language}>{t.settingsLanguage}</label>
        <select id={ids.language} value={settings.language} onChange={(e) => isLang(e.target.value) && apply({ language: e.target.value })}>
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANG_NAMES[lang]}
            </option>
          ))}
        </select>

        <ThemeField />
        <InterviewDateField />
      </form>
      <p role="status" className="hint">
        {rejected.length > 0 ? t.settingsInvalid : ''}
      </p>
      <LazyPart quiet>
        <ProgressDataSection />
      </LazyPart>
    </section>
  );
}
