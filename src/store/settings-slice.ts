/**
 * The settings slice: the settings now, and the one action that changes them. What settings are,
 * their defaults and how a value is checked live in src/core/settings.ts; they are saved by
 * src/store/app-store.ts's subscription, through src/store/persistence.ts.
 */
import { sameSettings, updateSettings } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import type { AppSliceCreator } from './app-state.ts';

// The components and the bench import these from here; new code imports src/core/settings.ts.
export { DEFAULT_SETTINGS, SETTINGS_LIMITS, THEMES } from '../core/settings.ts';
export type { Settings, Theme } from '../core/settings.ts';

export interface SettingsSlice {
  settings: Settings;
  /** Change some settings. Invalid values are ignored; returns the fields that were rejected. */
  updateSettings: (patch: Partial<Settings>) => (keyof Settings)[];
}

/** The settings slice, starting from settings already read from storage. */
export function createSettingsSlice(initial: Settings): AppSliceCreator<SettingsSlice> {
  return (set, get) => ({
    settings: initial,
    updateSettings(patch) {
      const current = get().settings;
      const { settings, rejected } = updateSettings(current, patch);
      if (!sameSettings(settings, current)) set({ settings });
      return rejected;
    },
  });
}
