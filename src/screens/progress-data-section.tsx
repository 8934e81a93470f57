/**
 * The settings screen's section on progress as data: export to a file, import from one (with a
 * preview of what changes), reset, and the backups kept in the browser. Loaded lazily with its file
 * format and checks: none of it is needed to study.
 */
import { useId, useRef, useState } from 'react';
import { BackupList, backupLabel } from '../components/backup-list.tsx';
import { downloadProgress } from '../components/export-progress.ts';
import { ImportPreview } from '../components/import-preview.tsx';
import { RefusalNotice } from '../components/refusal-notice.tsx';
import { FileButton } from '../components/file-button.tsx';
import { ResetProgress } from '../components/reset-progress.tsx';
import { MAX_IMPORT_CHARS, parseProgressFile } from '../core/progress-file-read.ts';
import type { ImportProblem, ParsedProgressFile } from '../core/progress-file-read.ts';
import { PROGRESS_SCHEMA_VERSION } from '../core/progress.ts';
import { useT } from '../i18n/index.ts';
import { dataStrings } from '../i18n/data-catalog.ts';
import type { DataMessages } from '../i18n/data.ru.ts';
import { storageStrings } from '../i18n/storage-catalog.ts';
import type { BackupInfo } from '../store/persistence.ts';
import { useStoreApi } from '../store/use-store.ts';

/** A file or a backup read and checked, waiting for the learner's choice. */
type Pending = { file: ParsedProgressFile; seq: number } & ({ reason: 'import'; fileName: string } | { reason: 'restore'; backup: BackupInfo });

function problemText(t: DataMessages, p: ImportProblem): { message: string; detail: string } {
  switch (p.kind) {
    case 'too-large':
      return { message: t.importTooLarge(p.chars), detail: '' };
    case 'not-json':
      return { message: t.importNotJson, detail: p.detail };
    case 'unknown-format':
      return { message: t.importUnknownFormat, detail: p.detail };
    case 'newer-version':
      return { message: t.importNewerVersion(p.version, PROGRESS_SCHEMA_VERSION), detail: '' };
    case 'invalid':
      return { message: t.importInvalid(p.path), detail: p.detail };
  }
}

export function ProgressDataSection() {
  const t = useT(dataStrings);
  const common = useT(storageStrings);
  const api = useStoreApi();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ message: string; detail: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reading, setReading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Each file or backup read gets a fresh preview, even the same one read again.
  const offered = useRef(0);
  const ids = { title: useId() };

  const offer = (text: string, source: { fileName: string } | { backup: BackupInfo }): void => {
    const parsed = parseProgressFile(text);
    if (parsed.ok) {
      setError(null);
      const seq = (offered.current += 1);
      const file = parsed.value;
      setPending('backup' in source ? { reason: 'restore', backup: source.backup, file, seq } : { reason: 'import', fileName: source.fileName, file, seq });
    } else {
      setPending(null);
      setError(problemText(t, parsed.error));
    }
  };

  const onFile = async (file: File): Promise<void> => {
    setStatus('');
    // UTF-8 takes at least a byte a character: a file this large cannot be within the limit.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setPending(null);
      setError({ message: t.importTooLarge(file.size), detail: '' });
      return;
    }
    setReading(true);
    try {
      offer(await file.text(), { fileName: file.name });
    } catch (err) {
      setPending(null);
      setError({ message: t.importUnreadableFile, detail: err instanceof Error ? err.message : String(err) });
    } finally {
      setReading(false);
    }
  };

  return (
    <section aria-labelledby={ids.title} className="data-section">
      <h2 id={ids.title}>{t.dataTitle}</h2>
      <p className="hint">{t.dataIntro}</p>
      <p>
        <button type="button" className="button" onClick={() => setStatus(common.exportDone(downloadProgress(api.getState(), Date.now())))}>
          {t.exportButton}
        </button>
      </p>

      <div className="data-block">
        <FileButton
          inputRef={fileInput}
          label={t.importLabel}
          hint={reading ? t.importReading : t.importHint}
          accept=".json,application/json"
          onFiles={([file]) => void onFile(file!)}
        />
      </div>
      {error ? (
        <RefusalNotice outcome={t.importRejected} detail={error.detail} detailsLabel={common.noticeDetails}>
          <p>{error.message}</p>
        </RefusalNotice>
      ) : null}
      {pending ? (
        <ImportPreview
          key={pending.seq}
          title={pending.reason === 'import' ? t.previewTitle(pending.fileName) : t.previewRestoreTitle(backupLabel(t, pending.backup))}
          file={pending.file}
          defaultMode={pending.reason === 'import' ? 'merge' : 'replace'}
          reason={pending.reason}
          onClose={(message) => {
            setPending(null);
            if (message) setStatus(message);
            fileInput.current?.focus();
          }}
        />
      ) : null}
      {/* Outcomes are announced here, next to the controls that cause most of them. */}
      <p role="status" className="data-status">
        {status}
      </p>

      <ResetProgress onDone={setStatus} />
      <BackupList
        onRestore={(text, backup) => {
          setStatus('');
          offer(text, { backup });
        }}
        onStatus={setStatus}
      />
    </section>
  );
}

// React.lazy needs a default export.
export default ProgressDataSection;
