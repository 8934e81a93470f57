/**
 * Hard errors in the notes. They fail `npm run build` and `npm run cards`
 * and are printed as `file:line: message`, so editors can jump to them.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly detail: string;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** Several hard errors found in one pass, so the author can fix them all at once. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
