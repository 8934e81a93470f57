/**
 * Star a card, or flag it as wrong with a note for the author of the notes. Used under a card in
 * study and quiz, and in a card's detail in browse. All by keyboard: the note field saves on
 * Ctrl+Enter and cancels on Esc, and focus comes back to the button that opened it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../core/marks.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import './modes.css';

/**
 * The marks of one card. An open note form belongs to its card and closes when another is shown;
 * the row itself stays from card to card (not remounted: less work on the grade -> next card path).
 */
export function CardMarks({ cardId }: { cardId: string }) {
  const t = useT(modes);
  const api = useStoreApi();
  const mark = useStore((s) => s.marks.get(cardId));
  const [editingCard, setEditingCard] = useState<string | null>(null);
  const editing = editingCard === cardId;
  const setEditing = (on: boolean): void => setEditingCard(on ? cardId : null);
  const [note, setNote] = useState('');
  const noteId = useId();
  const hintId = useId();
  const flagButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      flagButton.current?.focus();
    }
  }, [editing]);

  const open = () => {
    setNote(mark?.note ?? '');
    setEditing(true);
  };
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    api.getState().flagCard(cardId, note, Date.now());
    close();
  };
  const onNoteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const starred = mark?.starred ?? false;
  const flagged = mark?.flagged ?? false;
  return (
    <div className="card-marks">
      <div className="card-marks-buttons">
        <button type="button" className="mark-button" aria-pressed={starred} onClick={() => api.getState().toggleStar(cardId, Date.now())}>
          <span aria-hidden="true">{starred ? '★' : '☆'} </span>
          {t.markStar}
        </button>
        {!editing && (
          <button ref={flagButton} type="button" className="mark-button" onClick={open}>
            <span aria-hidden="true">⚑ </span>
            {flagged ? t.markEdit : t.markFlag}
          </button>
        )}
        {flagged && !editing && (
          <button type="button" className="link-button" onClick={() => api.getState().unflagCard(cardId, Date.now())}>
            {t.markRemove}
          </button>
        )}
      </div>
      {flagged && !editing && (
        <p className="mark-flag-note">
          <span aria-hidden="true">⚑ </span>
          {t.markFlagged}: {mark?.note || t.markNoNote}
        </p>
      )}
      {editing && (
        <form className="mark-form" onSubmit={save}>
          <label htmlFor={noteId}>{t.markNoteLabel}</label>
          <textarea
            id={noteId}
            value={note}
            maxLength={MAX_NOTE_LENGTH}
            rows={3}
            autoFocus
            aria-describedby={hintId}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={onNoteKeyDown}
          />
          <p id={hintId} className="hint">
            {t.markNoteKeys}
          </p>
          <div className="mark-form-actions">
            <button type="submit" className="button primary">
              {t.markSave}
            </button>
            <button type="button" className="button" onClick={close}>
              {t.markCancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
