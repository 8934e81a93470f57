import { memo, useId } from 'react';
import { useT } from '../i18n/index.ts';

/**
 * "Undo grade", with its key shown: the accessible name is what the button shows, key included
 * (WCAG 2.5.3), and the description says every way to press it (Z or Ctrl+Z).
 */
export const UndoButton = memo(function UndoButton({ onUndo, disabled = false }: { onUndo: () => void; disabled?: boolean }) {
  const t = useT();
  const keysId = useId();
  return (
    <button
      type="button"
      className="link-button"
      onClick={onUndo}
      disabled={disabled}
      aria-describedby={keysId}
      aria-keyshortcuts="Z Control+Z"
    >
      {t.undo} <kbd>Z</kbd>
      <span id={keysId} hidden>
        {t.undoKeys}
      </span>
    </button>
  );
});
