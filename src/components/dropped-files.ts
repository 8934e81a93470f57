/**
 * Files dropped anywhere on the app are notes to import: the import screen opens for them. The app
 * frame listens on the window (useFileDrop); the files wait here until the screen takes them.
 */
import { useEffect } from 'react';

type Receiver = (files: File[]) => void;

let waiting: File[] | null = null;
let receiver: Receiver | null = null;

/** Hand dropped files to the import screen, now if it is open, or when it opens. */
export function offerDroppedFiles(files: File[]): void {
  if (receiver) receiver(files);
  else waiting = files;
}

/** The import screen takes dropped files, those waiting first; returns the unsubscribe. */
export function receiveDroppedFiles(take: Receiver): () => void {
  receiver = take;
  if (waiting) {
    const files = waiting;
    waiting = null;
    take(files);
  }
  return () => {
    if (receiver === take) receiver = null;
  };
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Files dragged over any screen can be dropped; dropped, they open the import screen. */
export function useFileDrop(): void {
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      offerDroppedFiles(files);
      if (window.location.hash !== '#/import') window.location.hash = '#/import';
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
