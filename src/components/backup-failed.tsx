/**
 * When no backup can be kept in the browser (storage full, or none at all), a change that replaces
 * progress waits until the learner has downloaded the current progress, then may go on without one.
 */
import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { dataStrings } from '../i18n/data-catalog.ts';
import { useStoreApi } from '../store/use-store.ts';
import { downloadProgress } from './export-progress.ts';

export interface BackupFailedProps {
  /** Apply the change without a browser backup. */
  onGoOn: () => void;
}

export function BackupFailed({ onGoOn }: BackupFailedProps) {
  const t = useT(dataStrings);
  const api = useStoreApi();
  const [downloaded, setDownloaded] = useState(false);
  return (
    <div role="alert" className="notice">
      <p>{t.backupFailed}</p>
      <p className="notice-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadProgress(api.getState(), Date.now());
            setDownloaded(true);
          }}
        >
          {t.downloadCurrent}
        </button>
        <button type="button" className="button" disabled={!downloaded} onClick={onGoOn}>
          {t.applyWithoutBackup}
        </button>
      </p>
    </div>
  );
}
