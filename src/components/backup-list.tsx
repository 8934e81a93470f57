/** The progress backups kept in this browser: download, restore (through the import preview) or delete each. */
import { useId, useMemo, useState } from 'react';
import type { BackupInfo } from '../store/persistence.ts';
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
};

/** How a backup is named in the interface: when, why, how big. */
export function backupLabel(t: DataMessages, b: BackupInfo): string {
  return t.backupLabel(b.at, t[REASONS[b.reason]] as string, b.chars);
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
          {backups.map((b) => {
            const label = backupLabel(t, b);
            return (
              <li key={b.key}>
                <span id={`${titleId}-${b.at}`}>{label}</span>
                <span className="backup-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={`${titleId}-${b.at}`}
                    onClick={() => {
                      const text = read(b);
                      if (text !== null) downloadText(`flashcards-backup-${b.reason}-${fileStamp(b.at)}.json`, text);
                    }}
                  >
                    {t.backupDownload}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={`${titleId}-${b.at}`}
                    onClick={() => {
                      const text = read(b);
                      if (text !== null) onRestore(text, b);
                    }}
                  >
                    {t.backupRestoreAction}
                  </button>
                  <button type="button" className="link-button" aria-describedby={`${titleId}-${b.at}`} onClick={() => setDeleting(b.key)}>
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
