import { memo, useId } from 'react';
import { useT } from '../i18n/index.ts';

/**
 * "Undo grade", with its keys (Z or Ctrl+Z) shown and given as the accessible description, like
 * the other study buttons: the name stays "Undo grade", the description says how to press it.
 */
export const UndoButton = memo(function UndoButton({ onUndo, disabled = false }: { onUndo: () => void; disabled?: boolean }) {
  const t = useT();
  const labelId = useId();
  const keysId = useId();
  return (
    <button
      type="button"
      className="link-button"
      onClick={onUndo}
      disabled={disabled}
      aria-labelledby={labelId}
      aria-describedby={keysId}
      aria-keyshortcuts="Z Control+Z"
    >
      <span id={labelId}>{t.undo}</span> <kbd aria-hidden="true">Z</kbd>
      <span id={keysId} className="sr-only">
        {t.undoKeys}
      </span>
    </button>
  );
});
