/**
 * Small line-level passes over an answer's markdown, after the structure has been
 * found with the markdown parser. They only touch lines outside fenced code.
 */

const FENCE_OPEN = /^(\s{0,3})(`{3,}|~{3,})(.*)$/;
/** A bullet with nothing after it: a stray `- ` the author left behind. */
const EMPTY_BULLET = /^\s{0,3}[-*+]\s*$/;

/** The language assumed for fenced code that names none: these notes are Python notes. */
export const DEFAULT_CODE_LANGUAGE = 'python';

/**
 * Marks fenced code without a language as Python, so the UI can highlight it,
 * and drops empty bullets. Code inside fences is left byte for byte.
 */
export function tidyAnswerLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const open = FENCE_OPEN.exec(line);
    if (fence !== null) {
      if (open && open[2]!.startsWith(fence) && open[3]!.trim() === '') fence = null;
      out.push(line);
      continue;
    }
    if (open) {
      fence = open[2]!;
      out.push(open[3]!.trim() === '' ? `${open[1]}${open[2]}${DEFAULT_CODE_LANGUAGE}` : line);
      continue;
    }
    if (EMPTY_BULLET.test(line)) continue;
    out.push(line);
  }
  return trimBlankLines(out);
}

/**
 * Which lines are code: a fence's own lines and the lines between them (a fence closes on a line of
 * at least its marks and nothing else), for the passes that must leave code alone.
 */
export function codeLines(lines: readonly string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const open = FENCE_OPEN.exec(line);
    if (fence !== null) {
      if (open && open[2]!.startsWith(fence) && open[3]!.trim() === '') fence = null;
      return true;
    }
    if (open) fence = open[2]!;
    return open !== null;
  });
}

/** `##Вопрос`: heading marks run into the text, which CommonMark reads as a paragraph. */
const GLUED_HEADING = /^(\s{0,3}#{2,6})(?=[\p{L}\p{N}])/u;
/** `## Вопрос` with a no-break space, as text copied from a web page has it. */
const NBSP_HEADING = /^(\s{0,3}#{1,6})\u00a0+/;

/**
 * Puts the missing space into `##Вопрос` (two to six `#`) and turns a no-break space after
 * the marks into a space, outside fenced code, so that a heading the author plainly meant
 * is one. A single `#word` is left alone: it is a hashtag.
 */
export function spaceHeadingMarks(lines: readonly string[]): string[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const open = FENCE_OPEN.exec(line);
    if (fence !== null) {
      if (open && open[2]!.startsWith(fence) && open[3]!.trim() === '') fence = null;
      return line;
    }
    if (open) {
      fence = open[2]!;
      return line;
    }
    return line.replace(NBSP_HEADING, '$1 ').replace(GLUED_HEADING, '$1 ');
  });
}

/** Drops blank lines at both ends. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/** Collapses runs of whitespace, for plain-text questions and titles. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
