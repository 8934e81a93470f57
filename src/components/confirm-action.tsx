/**
 * A link-styled action that asks first, in place: "Начать заново" becomes the question with its
 * yes and no, focus on "no", so Enter by habit backs out. Used in the footers of the quiz and the
 * interview rehearsal; `onOpenChange` lets the screen hold its keys while the question is open.
 */
import { useState } from 'react';

export interface ConfirmActionProps {
  /** The action, as the link says it (and the group's name while asking). */
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  onOpenChange?: (open: boolean) => void;
}

export function ConfirmAction({ label, question, yes, no, onConfirm, onOpenChange }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => toggle(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={label}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          toggle(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" className="link-button" autoFocus onClick={() => toggle(false)}>
        {no}
      </button>
    </span>
  );
}
