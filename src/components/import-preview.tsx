/**
 * What an import will change, and the choice between merging and replacing, before anything is
 * applied. Nothing from the file reaches the DOM except as text.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { planImport } from '../core/import-plan.ts';
import type { ParsedProgressFile } from '../core/progress-file-read.ts';
import { useT } from '../i18n/index.ts';
import { dataStrings } from '../i18n/data-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { BackupFailed } from './backup-failed.tsx';
import { NOTES_SECTION, notesFromSection } from '../core/imported-notes.ts';
import { restoreNotes } from '../store/restore-notes.ts';
import { notesParser } from '../store/notes-worker-spawn.ts';

export type ImportMode = 'merge' | 'replace';

export interface ImportPreviewProps {
  /** The heading, in the interface language. */
  title: string;
  file: ParsedProgressFile;
  /** A file merges by default; restoring a backup replaces. */
  defaultMode: ImportMode;
  reason: 'import' | 'restore';
  /** Called with the outcome to announce, or null when cancelled. */
  onClose: (message: string | null) => void;
}

export function ImportPreview({ title, file, defaultMode, reason, onClose }: ImportPreviewProps) {
  const t = useT(dataStrings);
  const api = useStoreApi();
  const version = useStore((s) => s.progressVersion);
  const cards = useStore((s) => s.collection.cards);
  const noteIds = useMemo(() => new Set(cards.map((c) => c.id)), [cards]);
  // Progress is a Map changed in place (another tab may change it meanwhile): its version says when
  // the plan must be worked out again, though the function does not read it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const plan = useMemo(() => planImport(api.getState().progress, file.progress, noteIds), [api, file, noteIds, version]);
  const [mode, setMode] = useState<ImportMode>(defaultMode);
  const [backupFailed, setBackupFailed] = useState(false);
  // Imported notes the file carries (a backup of this app): restored before the progress.
  const notes = useMemo(() => notesFromSection(file.sections[NOTES_SECTION]), [file]);
  const [restoring, setRestoring] = useState(false);
  const [notesFailed, setNotesFailed] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { title: useId(), group: useId(), merge: useId(), replace: useId() };

  useEffect(() => heading.current?.focus(), []);

  const apply = async (force: boolean): Promise<void> => {
    let notesDone = '';
    if (mode === 'merge' && plan.mergeChanges.size === 0 && !notes) {
      onClose(t.importNothingNew);
      return;
    }
    if (notes) {
      setRestoring(true);
      const restored = await restoreNotes(api, notes, notesParser(), Date.now()).catch(() => ({ ok: false as const, errors: [] }));
      setRestoring(false);
      if (!restored.ok) {
        setNotesFailed('fault' in restored ? t.notesRestoreStorage : t.notesRestoreParse);
        return;
      }
      notesDone = t.notesRestored(restored.cards);
    }
    const s = api.getState();
    const now = Date.now();
    const result = mode === 'merge' ? s.mergeProgressIn(plan.mergeChanges, now, force) : s.replaceProgress(file.progress, reason, now, force);
    if (!result.ok) {
      setBackupFailed(true);
      return;
    }
    const done = [notesDone, mode === 'merge' ? t.importApplied(plan.added, plan.updated) : t.importReplaced(file.progress.size)].filter(Boolean).join(' ');
    onClose(result.backupKey ? `${done} ${t.backupKeptNote}` : done);
  };

  return (
    <section
      className="import-preview"
      aria-labelledby={ids.title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose(null);
      }}
    >
      <h3 id={ids.title} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>
        {file.kind === 'export' && file.exportedAt !== null
          ? t.previewExport(file.exportedAt, file.appVersion ?? '?', file.progress.size)
          : t.previewStored(file.progress.size)}
      </p>
      {file.skipped.length > 0 ? <p className="hint">{t.previewSkipped(file.skipped.length)}</p> : null}
      {notes ? <p>{t.previewNotes(notes.map((n) => n.name))}</p> : null}
      {plan.notInNotes > 0 && !notes ? <p className="hint">{t.previewNotInNotes(plan.notInNotes)}</p> : null}
      {notesFailed ? (
        <p role="alert" className="notice">
          {t.notesRestoreFailed} {notesFailed}.
        </p>
      ) : null}
      <fieldset className="import-modes">
        <legend>{t.previewModeLegend}</legend>
        <label>
          <input type="radio" name={ids.group} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} aria-describedby={ids.merge} />
          {t.previewMerge}
        </label>
        <p id={ids.merge} className="hint">
          {t.previewMergeSummary(plan.added, plan.updated, plan.unchanged)}
        </p>
        <label>
          <input type="radio" name={ids.group} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} aria-describedby={ids.replace} />
          {t.previewReplace}
        </label>
        <p id={ids.replace} className="hint">
          {t.previewReplaceSummary(plan.current, file.progress.size, plan.removedByReplace)}
        </p>
      </fieldset>
      <p className="hint">{t.previewBackupNote}</p>
      {backupFailed ? (
        <BackupFailed onGoOn={() => void apply(true)} />
      ) : (
        <p className="form-actions">
          <button type="button" className="button primary" disabled={restoring} onClick={() => void apply(false)}>
            {t.previewApply}
          </button>
          <button type="button" className="button" onClick={() => onClose(null)}>
            {t.cancel}
          </button>
        </p>
      )}
    </section>
  );
}
