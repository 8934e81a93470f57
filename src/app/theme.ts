/**
 * The colour theme on `<html data-theme>`: src/styles.css turns the dark colours on for "dark",
 * and for "system" when the system is dark. Set before the first render (src/app/boot.ts) and kept in
 * step with the setting here, so a reload never flashes the other theme.
 */
import type { Theme } from '../store/settings-slice.ts';

/** Put the theme on the document element. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
