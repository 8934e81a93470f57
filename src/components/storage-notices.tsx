/**
 * Notices about stored data, as alerts (CONTRACT.md: role="alert"): what happened, what was kept, and
 * a way to take the data away. Damaged data offers its raw value as it was; "not saved" offers an
 * export and stays until a save works again (it cannot be dismissed: the learner must not forget it).
 */
import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { storageStrings } from '../i18n/storage-catalog.ts';
import type { StorageMessages as Messages } from '../i18n/storage.ru.ts';
import type { StorageNotice } from '../store/persistence.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { downloadText, fileStamp } from './download.ts';
import { downloadProgress } from './export-progress.ts';
import type { StoredTarget } from '../store/notices.ts';

/** All current notices. */
export function StorageNotices() {
  const notices = useStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Notice key={notice.kind === 'damaged' ? `damaged-${notice.what}` : notice.kind} notice={notice} />
      ))}
    </div>
  );
}

function damagedText(t: Messages, n: Extract<StorageNotice, { kind: 'damaged' }>): string[] {
  if (n.what === 'settings') return [t.noticeSettingsDamaged, n.backupKey ? t.noticeOriginalKept : ''];
  if (n.what === 'quiz') return [t.noticeQuizDamaged, n.backupKey ? t.noticeOriginalKept : t.noticeOriginalLeft];
  if (n.what === 'interview') return [t.noticeInterviewDamaged, n.backupKey ? t.noticeOriginalKept : t.noticeOriginalLeft];
  if (n.what === 'flags') return [t.noticeFlagsDamaged, n.backupKey ? t.noticeOriginalKept : t.noticeOriginalLeft];
  if (n.cause === 'newer-version') return [t.noticeProgressNewer];
  const what = n.cause === 'unreadable' ? t.noticeProgressUnreadable : t.noticeProgressDamaged(n.kept, n.lost ?? 0, n.repaired);
  return [what, n.backupKey ? t.noticeOriginalKept : t.noticeOriginalLeft];
}

const NOT_SAVED: Readonly<Record<Extract<StorageNotice, { kind: 'not-saved' }>['reason'], keyof Messages>> = {
  quota: 'noticeNotSavedQuota',
  unavailable: 'noticeNotSavedUnavailable',
  'backup-failed': 'noticeNotSavedBackupFailed',
  'newer-version': 'noticeNotSavedNewer',
};

function Notice({ notice }: { notice: StorageNotice }) {
  const t = useT(storageStrings);
  const api = useStoreApi();
  const [exported, setExported] = useState(false);
  const lines = notice.kind === 'damaged' ? damagedText(t, notice) : [t[NOT_SAVED[notice.reason]] as string];

  const downloadOriginal = (what: StoredTarget): void => {
    const raw = api.getState().damagedValue(what);
    if (raw !== null) downloadText(`flashcards-${what}-original-${fileStamp(Date.now())}.json`, raw);
  };
  const exportNow = (): void => {
    downloadProgress(api.getState(), Date.now());
    setExported(true);
  };

  return (
    <div role="alert" className={`notice notice-${notice.kind}`}>
      {lines.filter(Boolean).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {exported ? <p>{t.exportDone(api.getState().progress.size)}</p> : null}
      <details className="notice-detail">
        <summary>{t.noticeDetails}</summary>
        <p>{notice.detail}</p>
      </details>
      <p className="notice-actions">
        {notice.kind === 'damaged' ? (
          <>
            <button type="button" className="button" onClick={() => downloadOriginal(notice.what)}>
              {t.noticeDownloadOriginal}
            </button>
            <button type="button" className="link-button" onClick={() => api.getState().dismissNotice('damaged', notice.what)}>
              {t.dismiss}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={exportNow}>
            {t.noticeExport}
          </button>
        )}
      </p>
    </div>
  );
}
