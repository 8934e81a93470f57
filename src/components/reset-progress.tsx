/** Reset progress: a confirmation first (Escape or Cancel backs out), a backup kept, then every card new again. */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { dataStrings } from '../i18n/data-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { BackupFailed } from './backup-failed.tsx';

export interface ResetProgressProps {
  /** The outcome, to announce. */
  onDone: (message: string) => void;
}

export function ResetProgress({ onDone }: ResetProgressProps) {
  const t = useT(dataStrings);
  const api = useStoreApi();
  const count = useStore((s) => s.progress.size);
  const [step, setStep] = useState<'idle' | 'confirm' | 'backup-failed'>('idle');
  const ids = { title: useId(), question: useId() };
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const focusReset = useRef(false);

  useEffect(() => {
    if (step === 'confirm') cancelButton.current?.focus();
    else if (step === 'idle' && focusReset.current) {
      focusReset.current = false;
      resetButton.current?.focus();
    }
  }, [step]);

  const close = (): void => {
    focusReset.current = true;
    setStep('idle');
  };
  const reset = (force: boolean): void => {
    const result = api.getState().replaceProgress(new Map(), 'reset', Date.now(), force);
    if (!result.ok) {
      setStep('backup-failed');
      return;
    }
    close();
    onDone(result.backupKey ? `${t.resetDone} ${t.backupKeptNote}` : t.resetDone);
  };

  return (
    <section aria-labelledby={ids.title} className="data-block">
      <h3 id={ids.title}>{t.resetTitle}</h3>
      {step === 'idle' ? (
        <button ref={resetButton} type="button" className="button" onClick={() => (count === 0 ? onDone(t.resetNothing) : setStep('confirm'))}>
          {t.resetButton}
        </button>
      ) : (
        <div
          role="group"
          aria-labelledby={ids.question}
          className="confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p id={ids.question}>{t.resetConfirm(count)}</p>
          {step === 'backup-failed' ? (
            <BackupFailed onGoOn={() => reset(true)} />
          ) : (
            <p className="form-actions">
              <button type="button" className="button danger" onClick={() => reset(false)}>
                {t.resetYes}
              </button>
              <button ref={cancelButton} type="button" className="button" onClick={close}>
                {t.cancel}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
