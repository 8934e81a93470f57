/**
 * `#/import`: notes from files (picked or dropped anywhere on the app) or pasted, parsed in a worker
 * with the build's checks, previewed, and kept only once the learner confirms. The imported notes
 * are listed below, each with its delete. Loaded on demand, with its strings and the worker's URL.
 */
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { receiveDroppedFiles } from '../components/dropped-files.ts';
import { FileButton } from '../components/file-button.tsx';
import { ImportedNotesList } from '../components/imported-notes-list.tsx';
import { NotesPreview } from '../components/notes-preview.tsx';
import { RefusalNotice } from '../components/refusal-notice.tsx';
import type { PendingImport } from '../components/notes-preview.tsx';
import { NOTES_FILE_TYPES } from '../core/notes-import.ts';
import type { NotesDraft } from '../core/imported-notes.ts';
import type { ImportError } from '../core/notes-parse.ts';
import { useT } from '../i18n/index.ts';
import { importStrings } from '../i18n/import-catalog.ts';
import type { NotesParser } from '../store/notes-parser.ts';
import { notesParser } from '../store/notes-worker-spawn.ts';
import { draftFromPaste, draftsFromFiles } from './import-files.ts';
import type { DraftsRead } from './import-files.ts';
import './import.css';

export interface ImportScreenProps {
  /** The notes parser: the app's worker unless given (tests parse in-process). */
  parser?: NotesParser;
}

type Refusal = { lines: string[]; errors: ImportError[]; detail?: string };

export function ImportScreen({ parser }: ImportScreenProps) {
  const t = useT(importStrings);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [status, setStatus] = useState('');
  const [pasted, setPasted] = useState('');
  const [pasteName, setPasteName] = useState(t.importPasteDefault);
  const [dragging, setDragging] = useState(false);
  const offered = useRef(0);
  const refusalBox = useRef<HTMLDivElement>(null);
  // A refusal shows below the controls: on a phone, off screen. Brought into view, it is seen as well as heard.
  useEffect(() => {
    const box = refusalBox.current;
    // (jsdom has no scrolling.)
    if (refusal && box && typeof box.scrollIntoView === 'function') box.scrollIntoView({ block: 'nearest' });
  }, [refusal]);
  const ids = { title: useId(), paste: useId(), name: useId() };

  const refuse = (lines: string[], errors: ImportError[] = [], detail?: string): void => {
    setPending(null);
    setRefusal({ lines, errors, detail });
  };

  const parse = async (drafts: NotesDraft[]): Promise<void> => {
    const outcome = await (parser ?? notesParser()).parse(drafts);
    if (!outcome.ok) return refuse([t.importHardErrors], outcome.errors);
    setPending({ drafts, parsed: outcome.parsed, seq: (offered.current += 1) });
  };

  const start = async (read: () => Promise<DraftsRead> | DraftsRead): Promise<void> => {
    setStatus('');
    setRefusal(null);
    setBusy(true);
    try {
      const drafts = await read();
      if (drafts.ok) await parse(drafts.drafts);
      else refuse(drafts.problems);
    } catch (error) {
      refuse([t.importWorkerFailed], [], error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const fromFiles = (files: readonly File[]): void => void start(() => draftsFromFiles(files, t));
  // Files dropped here, or on another screen before this one opened.
  const onDropped = useEffectEvent((files: File[]) => fromFiles(files));
  useEffect(() => receiveDroppedFiles((files) => onDropped(files)), []);

  const dragProps = {
    onDragEnter: (e: DragEvent) => e.dataTransfer.types.includes('Files') && setDragging(true),
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: () => setDragging(false),
  };

  return (
    <section aria-labelledby={ids.title} className="import-screen">
      <h1 id={ids.title}>{t.importTitle}</h1>
      <p className="hint">{t.importIntro}</p>

      <div className={dragging ? 'import-drop dragging' : 'import-drop'} {...dragProps}>
        <FileButton
          label={t.importPick}
          hint={dragging ? t.importDropHere : t.importPickHint}
          accept={[...NOTES_FILE_TYPES, 'text/markdown', 'text/plain'].join(',')}
          multiple
          primary
          onFiles={fromFiles}
        />
      </div>

      <form
        className="import-paste"
        onSubmit={(e) => {
          e.preventDefault();
          void start(() => draftFromPaste(pasted, pasteName, t));
        }}
      >
        <label htmlFor={ids.paste}>{t.importPasteLabel}</label>
        <textarea id={ids.paste} value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} spellCheck={false} />
        <div className="import-paste-row">
          <label htmlFor={ids.name}>{t.importPasteName}</label>
          <input id={ids.name} type="text" value={pasteName} onChange={(e) => setPasteName(e.target.value)} maxLength={120} />
          <button type="submit" className="button">
            {t.importPasteButton}
          </button>
        </div>
      </form>

      <p role="status" className="data-status">
        {busy ? t.importParsing : status}
      </p>
      <div ref={refusalBox}>
        {refusal ? (
          <RefusalNotice outcome={t.importRefused} detail={refusal.detail} detailsLabel={t.noticeDetails}>
            {refusal.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {refusal.errors.length > 0 ? (
              <ul className="import-errors">
                {refusal.errors.map((e) => (
                  <li key={`${e.file}:${e.line}:${e.message}`}>
                    <strong>{t.importLine(e.file, e.line)}</strong>: {e.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </RefusalNotice>
        ) : null}
      </div>
      {pending ? (
        <NotesPreview
          key={pending.seq}
          pending={pending}
          onClose={(outcome) => {
            setPending(null);
            if (outcome.kind === 'refused') refuse([outcome.message]);
            else setStatus(outcome.message);
          }}
        />
      ) : null}

      <ImportedNotesList onStatus={setStatus} />
    </section>
  );
}
