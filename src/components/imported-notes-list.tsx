/**
 * The notes imported in this browser, each with its decks, size and date, and a delete that asks
 * first. A deleted file's cards keep their progress (dormant) unless the learner asks otherwise.
 */
import { useId, useState } from 'react';
import type { ImportedNotes } from '../core/imported-notes.ts';
import { useT } from '../i18n/index.ts';
import { importStrings } from '../i18n/import-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';

export function ImportedNotesList({ onStatus }: { onStatus: (message: string) => void }) {
  const t = useT(importStrings);
  const imports = useStore((s) => s.imports);
  const [asking, setAsking] = useState<string | null>(null);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="imported-notes">
      <h2 id={titleId}>{t.importedTitle}</h2>
      {imports.length === 0 ? <p className="hint">{t.importedNone}</p> : null}
      <ul>
        {imports.map((notes) => (
          <li key={notes.id}>
            <p>
              <strong>{notes.name}</strong>
              <br />
              <span className="hint">{t.importedItem(notes.collection.cards.length, notes.updatedAt)}</span>
            </p>
            <p className="hint">{notes.collection.decks.map((d) => d.title).join(' · ')}</p>
            {asking === notes.id ? (
              <DeleteConfirm
                notes={notes}
                onDone={(message) => {
                  setAsking(null);
                  if (message) onStatus(message);
                }}
              />
            ) : (
              <button type="button" className="button" onClick={() => setAsking(notes.id)}>
                {t.importedDelete(notes.name)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeleteConfirm({ notes, onDone }: { notes: ImportedNotes; onDone: (message: string | null) => void }) {
  const t = useT(importStrings);
  const api = useStoreApi();
  const [dropProgress, setDropProgress] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const checkId = useId();
  const remove = async (): Promise<void> => {
    setBusy(true);
    const result = await api.getState().deleteImport(notes.id, dropProgress, Date.now());
    setBusy(false);
    if (result.ok) return onDone(t.deleteDone(notes.name));
    if ('fault' in result) setFailure(t.importSaveFailed(result.fault));
    else onDone(t.deleteBackupFailed);
  };
  return (
    <div className="notice" role="group" aria-label={t.importedDelete(notes.name)}>
      <p>{t.deleteConfirm(notes.name, notes.collection.cards.length)}</p>
      <p>
        <input id={checkId} type="checkbox" checked={dropProgress} onChange={(e) => setDropProgress(e.target.checked)} />{' '}
        <label htmlFor={checkId}>{t.deleteProgressToo}</label>
      </p>
      {failure ? <p role="alert">{failure}</p> : null}
      <p className="notice-actions">
        <button type="button" className="button danger" disabled={busy} onClick={() => void remove()}>
          {t.deleteYes}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onDone(null)}>
          {t.importCancel}
        </button>
      </p>
    </div>
  );
}
