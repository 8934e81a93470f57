/**
 * The backups kept in this browser (src/store/backups.ts), of progress and of the values beside it:
 * download or delete each; a progress backup can also be restored (through the import preview).
 */
import { useId, useMemo, useState } from 'react';
import type { BackupInfo } from '../store/backups.ts';
import { useT } from '../i18n/index.ts';
import { dataStrings } from '../i18n/data-catalog.ts';
import type { DataMessages } from '../i18n/data.ru.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { downloadText, fileStamp } from './download.ts';

export interface BackupListProps {
  /** Restore a backup: hands its text to the import preview. */
  onRestore: (text: string, backup: BackupInfo) => void;
  /** Something to announce. */
  onStatus: (message: string) => void;
}

const REASONS: Readonly<Record<BackupInfo['reason'], keyof DataMessages>> = {
  damaged: 'backupDamaged',
  reset: 'backupReset',
  import: 'backupImport',
  restore: 'backupRestore',
  upgrade: 'backupUpgrade',
  delete: 'backupDeckDelete',
};

const OF: Readonly<Record<Exclude<BackupInfo['of'], 'progress'>, keyof DataMessages>> = {
  settings: 'backupOfSettings',
  quiz: 'backupOfQuiz',
  flags: 'backupOfFlags',
  interview: 'backupOfInterview',
};

/** How a backup is named in the interface: when, why (and of what, unless progress), how big. */
export function backupLabel(t: DataMessages, b: BackupInfo): string {
  const reason = t[REASONS[b.reason]] as string;
  return t.backupLabel(b.at, b.of === 'progress' ? reason : t.backupReasonOf(reason, t[OF[b.of]] as string), b.chars);
}

export function BackupList({ onRestore, onStatus }: BackupListProps) {
  const t = useT(dataStrings);
  const api = useStoreApi();
  const version = useStore((s) => s.progressVersion);
  const [listed, relist] = useState(0);
  const [deleting, setDeleting] = useState<string | null>(null);
  const titleId = useId();
  // Storage lives outside React: list again when progress changes (a reset or an import adds a
  // backup) or after a delete, though the listing itself reads neither.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const backups = useMemo(() => api.getState().listBackups(), [api, version, listed]);

  const read = (b: BackupInfo): string | null => {
    const text = api.getState().readBackup(b.key);
    if (text === null) {
      onStatus(t.backupGone);
      relist((n) => n + 1);
    }
    return text;
  };

  return (
    <section aria-labelledby={titleId} className="data-block">
      <h3 id={titleId}>{t.backupsTitle}</h3>
      {backups.length === 0 ? (
        <p className="hint">{t.backupsEmpty}</p>
      ) : (
        <ul className="backup-list">
          {backups.map((b, i) => {
            const label = backupLabel(t, b);
            // By position: two backups (of quiz and flags, say) can be made in the same millisecond.
            const labelId = `${titleId}-${i}`;
            return (
              <li key={b.key}>
                <span id={labelId}>{label}</span>
                <span className="backup-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={labelId}
                    onClick={() => {
                      const text = read(b);
                      const of = b.of === 'progress' ? '' : `${b.of}-`;
                      if (text !== null) downloadText(`flashcards-backup-${of}${b.reason}-${fileStamp(b.at)}.json`, text);
                    }}
                  >
                    {t.backupDownload}
                  </button>
                  {/* Only progress has a restore (with the import preview); the others are for download. */}
                  {b.of === 'progress' ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-describedby={labelId}
                      onClick={() => {
                        const text = read(b);
                        if (text !== null) onRestore(text, b);
                      }}
                    >
                      {t.backupRestoreAction}
                    </button>
                  ) : null}
                  <button type="button" className="link-button" aria-describedby={labelId} onClick={() => setDeleting(b.key)}>
                    {t.backupDelete}
                  </button>
                </span>
                {deleting === b.key ? (
                  <div role="group" aria-label={t.backupDeleteConfirm} className="confirm" onKeyDown={(e) => e.key === 'Escape' && setDeleting(null)}>
                    <p>{t.backupDeleteConfirm}</p>
                    <p className="form-actions">
                      <button
                        type="button"
                        className="button danger"
                        onClick={() => {
                          api.getState().deleteBackup(b.key);
                          setDeleting(null);
                          relist((n) => n + 1);
                          onStatus(t.backupDeleted);
                        }}
                      >
                        {t.backupDeleteYes}
                      </button>
                      {/* Focus lands on the safe choice. */}
                      <button type="button" className="button" autoFocus onClick={() => setDeleting(null)}>
                        {t.cancel}
                      </button>
                    </p>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
