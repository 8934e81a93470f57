/**
 * A file picker as a button: the `<input type="file">` is hidden but focusable, its label is the
 * button people see, and a hint under it describes it. The input is cleared after each choice, so
 * choosing the same file again (after fixing it) is a change too.
 */
import { useId } from 'react';
import type { Ref } from 'react';

export interface FileButtonProps {
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  primary?: boolean;
  /** The files chosen; never called with none. */
  onFiles: (files: File[]) => void;
  /** The input, to give focus back to it. */
  inputRef?: Ref<HTMLInputElement>;
}

export function FileButton({ label, hint, accept, multiple = false, primary = false, onFiles, inputRef }: FileButtonProps) {
  const ids = { file: useId(), hint: useId() };
  return (
    <>
      <input
        ref={inputRef}
        id={ids.file}
        className="sr-only file-input"
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={ids.hint}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={ids.file} className={primary ? 'button primary file-button' : 'button file-button'}>
        {label}
      </label>
      <p id={ids.hint} className="hint">
        {hint}
      </p>
    </>
  );
}
