import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Grade } from '../core/types.ts';
import { gradeForKey } from './grade-keys.ts';

export interface StudyKeyHandlers {
  /**
   * Whether the current card's answer is shown: Space/Enter reveal before, 1–4 grade after. A
   * function is asked on each key press, for a screen whose render may lag its store by a frame.
   */
  revealed: boolean | (() => boolean);
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  /** Omit when there is nothing to undo; Z then does nothing. */
  onUndo?: () => void;
  /**
   * Space or Enter once the answer is shown: take the grade on offer (the rehearsal's suggested one,
   * as Anki's Space takes its default button). Omit, and they do nothing there.
   */
  onAccept?: () => void;
  /** False while, say, a dialog is open. Defaults to true. */
  enabled?: boolean;
}

export type StudyKeyAction = { type: 'reveal' } | { type: 'accept' } | { type: 'grade'; grade: Grade } | { type: 'undo' };

const INTERACTIVE =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  // isContentEditable is the real test; the selector covers DOMs without it (jsdom).
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

function gradeFor(event: KeyboardEvent): Grade | undefined {
  // `code` catches layouts where the digit row needs Shift (AZERTY); numpad digits report their key.
  return gradeForKey(event.key) ?? gradeForKey(/^(?:Digit|Numpad)([1-4])$/.exec(event.code)?.[1] ?? '');
}

function isUndoKey(event: KeyboardEvent): boolean {
  if (event.key === 'z' || event.key === 'Z') return true;
  // On a Cyrillic layout the Z key types "я": trust the physical key when the character is not ASCII.
  return event.code === 'KeyZ' && !/^[\x20-\x7e]$/.test(event.key);
}

/**
 * Maps a key press to a study action, following Anki (see CONTRACT.md, "Keys"):
 * Space/Enter reveal (and, once revealed, accept), 1–4 grade once revealed, Z, Ctrl+Z or Cmd+Z undo.
 * Returns null for anything else, including auto-repeat, typing in a field, and Space/Enter on a
 * focused button or link (which must keep doing what that control does).
 */
export function studyKeyAction(event: KeyboardEvent, revealed: boolean): StudyKeyAction | null {
  if (event.repeat || event.isComposing || event.defaultPrevented) return null;
  if (isTextEntry(event.target)) return null;
  const noModifiers = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;

  if (event.key === ' ' || event.key === 'Enter') {
    if (!noModifiers) return null;
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return null;
    return revealed ? { type: 'accept' } : { type: 'reveal' };
  }
  if (isUndoKey(event)) {
    // Plain Z, or Ctrl/Cmd+Z; leave Ctrl+Shift+Z (redo) and Alt combinations to the browser.
    return event.altKey || event.shiftKey || (event.ctrlKey && event.metaKey) ? null : { type: 'undo' };
  }
  const grade = gradeFor(event);
  // Ctrl/Cmd+1…4 switch browser tabs; shift is allowed for layouts that need it for digits.
  if (grade !== undefined && revealed && !event.ctrlKey && !event.metaKey && !event.altKey) {
    return { type: 'grade', grade };
  }
  return null;
}

/**
 * Study shortcuts on `window`, in the capture phase, so they work wherever focus is. The listener
 * is added once; it reads the latest handlers from a ref, so passing new callbacks on every render
 * costs nothing. A key taken as a shortcut has its default prevented (Space would also scroll).
 */
export function useStudyKeys(handlers: StudyKeyHandlers): void {
  const latest = useRef(handlers);
  // Layout effect: updated before the browser can deliver the next key press.
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const current = latest.current;
      if (current.enabled === false) return;
      const revealed = typeof current.revealed === 'function' ? current.revealed() : current.revealed;
      const action = studyKeyAction(event, revealed);
      if (action === null || (action.type === 'undo' && current.onUndo === undefined) || (action.type === 'accept' && current.onAccept === undefined)) return;
      event.preventDefault();
      if (action.type === 'reveal') current.onReveal();
      else if (action.type === 'accept') current.onAccept?.();
      else if (action.type === 'grade') current.onGrade(action.grade);
      else current.onUndo?.();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
