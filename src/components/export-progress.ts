/**
 * The export file of the current progress, and its download. Loaded on demand (the settings section,
 * the "not saved" notice), so the file format stays out of the first screen's bundle.
 */
import { NOTES_SECTION, notesSection } from '../core/imported-notes.ts';
import { buildProgressFile } from '../core/progress-file.ts';
import type { AppState } from '../store/app-state.ts';
import { downloadText, fileStamp } from './download.ts';

/** The export file's text for the store's progress at `now`, with the imported notes (restored by an import of the file). */
export function exportText(state: AppState, now: number): string {
  const sections = state.imports.length > 0 ? { [NOTES_SECTION]: notesSection(state.imports) } : undefined;
  return buildProgressFile({ progress: state.progress, cardIds: state.collection.cards.map((c) => c.id), appVersion: __APP_VERSION__, now, sections });
}

/** Download the progress as `flashcards-progress-<date>.json`; returns how many cards it holds. */
export function downloadProgress(state: AppState, now: number): number {
  downloadText(`flashcards-progress-${fileStamp(now)}.json`, exportText(state, now));
  return state.progress.size;
}
