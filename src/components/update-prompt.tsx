import { useT } from '../i18n/index.ts';

export interface UpdatePromptProps {
  /** Whether a new version is waiting. */
  waiting: boolean;
  onReload: () => void;
  onLater: () => void;
}

/**
 * "A new version is ready": shown when a new deploy has been downloaded in the background.
 * A status, not an alert: nothing is wrong, and the learner may be in the middle of a card. The
 * live region is always in the page, so that filling it is announced; it never takes focus, and
 * the study keys keep working.
 */
export function UpdatePrompt({ waiting, onReload, onLater }: UpdatePromptProps) {
  const t = useT();
  return (
    <div role="status" className="update-status">
      {waiting && (
        <div className="update-prompt">
          <p>{t.updateAvailable}</p>
          <p className="update-actions">
            <button type="button" className="button primary" onClick={onReload}>
              {t.updateReload}
            </button>
            <button type="button" className="link-button" onClick={onLater}>
              {t.updateLater}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
