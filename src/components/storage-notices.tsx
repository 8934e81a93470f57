/** Notices about stored progress (damaged, not saved), as alerts (CONTRACT.md: role="alert"). */
import { useT } from '../i18n/index.ts';
import { useStore } from '../store/use-store.ts';

export function StorageNotices() {
  const t = useT();
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.kind} role="alert" className={`notice notice-${notice.kind}`}>
          <p>{notice.kind === 'damaged' ? t.errorStorageDamaged : t.errorStorageNotSaved}</p>
          <p className="notice-detail">{notice.detail}</p>
          <button type="button" className="link-button" onClick={() => dismiss(notice.kind)}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
