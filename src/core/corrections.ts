/**
 * The corrections file beside a notes file (`django-orm.md` → `django-orm.corrections.md`): text in,
 * entries out. The format is described for authors in docs/notes-format.md, "Corrections":
 *
 * - each `##` heading starts one correction and names its card (the question, or `{#id}`);
 * - field lines `quote:`, `source:` and `pinned:` follow the heading, up to the first blank line;
 * - the rest, up to the next `##` heading outside code, is the correction's markdown text.
 *
 * Malformed entries are hard errors (ContentError at file:line): a correction the reader would see
 * half-made must fail the build, not ship. Whether the card still exists is for
 * corrections-attach.ts to say, with the cards in hand.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Heading, Nodes } from 'mdast';
import { splitPinnedId } from './card-id.ts';
import { ContentError } from './content-error.ts';
import type { NotesFile, SourceRef } from './types.ts';

const SUFFIX = '.corrections.md';
const FIELD = /^\s{0,3}([A-Za-z][\w-]*):(?:\s+(.*?))?\s*$/;
const FIELDS = ['quote', 'source', 'pinned'] as const;
type FieldName = (typeof FIELDS)[number];
/** `20. ` before a numbered question: allowed in a heading, and ignored. */
const QUESTION_NUMBER = /^\d{1,4}[.)](?:\s+|$)/;

/** One correction as written, before it meets the cards. */
export interface CorrectionEntry {
  /** The heading's text, as the author wrote it (for messages). */
  heading: string;
  /** The card's question as the heading gives it: the text without `{#id}`. */
  question: string;
  /** A card id pinned with `{#id}` at the end of the heading. */
  cardId?: string;
  quote?: string;
  sources: string[];
  /** The answer's hash when the correction was checked against it (see answerHash). */
  pinned?: string;
  /** Markdown. */
  text: string;
  /** The heading's line. */
  source: SourceRef;
  /** Where `pinned:` is, or, when there is none, the line after the last field (so a tool can add it). */
  pinnedLine: number;
  hasPinnedLine: boolean;
}

/** What one corrections file yields; errors are collected so the author sees them all at once. */
export interface ParsedCorrections {
  entries: CorrectionEntry[];
  errors: ContentError[];
}

/** Whether a path names a corrections file (never a notes file). */
export function isCorrectionsPath(path: string): boolean {
  return path.endsWith(SUFFIX);
}

/** The corrections file beside a notes file: `content/a.md` → `content/a.corrections.md`. */
export function correctionsPathFor(notesPath: string): string {
  return notesPath.replace(/\.md$/, '') + SUFFIX;
}

/** The notes file a corrections file belongs to: `content/a.corrections.md` → `content/a.md`. */
export function notesPathFor(correctionsPath: string): string {
  return `${correctionsPath.slice(0, -SUFFIX.length)}.md`;
}

/** Parses a corrections file. */
export function parseCorrections(file: NotesFile): ParsedCorrections {
  const lines = file.text.split(/\r?\n/);
  const tree = fromMarkdown(file.text);
  const starts = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2);
  const startLines = new Set(starts.map((h) => h.position!.start.line));
  const out: ParsedCorrections = { entries: [], errors: [] };
  const error = (line: number, message: string): void => {
    out.errors.push(new ContentError(file.path, line, message));
  };

  // Any other heading after the first correction sits inside a correction's text.
  const firstLine = starts[0]?.position!.start.line ?? Infinity;
  for (const heading of headingsIn(tree)) {
    const line = heading.position!.start.line;
    if (line > firstLine && !startLines.has(line)) {
      error(line, "a heading inside a correction's text is not allowed (use **bold** instead)");
    }
  }

  starts.forEach((heading, i) => {
    const line = heading.position!.start.line;
    const end = i + 1 < starts.length ? starts[i + 1]!.position!.start.line - 1 : lines.length;
    const entry = readEntry(heading, lines, end, error);
    if (entry) out.entries.push({ ...entry, source: { file: file.path, line } });
  });
  return out;
}

type EntryBody = Omit<CorrectionEntry, 'source'>;

/** One correction: its heading, then fields up to a blank line, then text up to line `end` (1-based, inclusive). */
function readEntry(heading: Heading, lines: readonly string[], end: number, error: (line: number, message: string) => void): EntryBody | null {
  const line = heading.position!.start.line;
  const written = squash(toString(heading));
  const { text, pinned } = splitPinnedId(written);
  const question = text.replace(QUESTION_NUMBER, '').trim() === '' ? '' : text;
  if (question === '' && pinned === undefined) {
    error(line, 'correction names no card (write the question after ##, or its id as {#id})');
    return null;
  }

  const fields: Partial<Record<FieldName, { value: string; line: number }[]>> = {};
  let at = heading.position!.end.line; // 0-based index of the first line after the heading
  let ok = true;
  for (; at < end && lines[at]!.trim() !== ''; at++) {
    const match = FIELD.exec(lines[at]!);
    const name = match?.[1]?.toLowerCase();
    if (!match || !FIELDS.includes(name as FieldName)) {
      error(
        at + 1,
        match
          ? `unknown field "${match[1]}:" (the fields are quote:, source: and pinned:)`
          : 'expected a field (quote:, source: or pinned:) or a blank line before the text',
      );
      ok = false;
      continue;
    }
    (fields[name as FieldName] ??= []).push({ value: match[2] ?? '', line: at + 1 });
  }
  const fieldsEnd = at + 1;

  for (const name of ['quote', 'pinned'] as const) {
    const list = fields[name] ?? [];
    if (list.length > 1) {
      error(list[1]!.line, `more than one ${name}: in one correction`);
      ok = false;
    }
  }
  const quote = fields.quote?.[0];
  if (quote && quote.value === '') {
    error(quote.line, 'quote: is empty (leave it out when the correction is about the whole answer)');
    ok = false;
  }
  const sources = fields.source ?? [];
  if (sources.length === 0) {
    error(line, 'correction has no source: (an https:// link to the official page it rests on)');
    ok = false;
  }
  for (const source of sources) {
    if (!isHttpsUrl(source.value)) {
      error(source.line, `source: is not an https URL: "${source.value}"`);
      ok = false;
    }
  }

  const body = trimBlank(lines.slice(at, end));
  // A text begun before the blank line was reported as a field already.
  if (body.length === 0 && ok) {
    error(line, 'correction has no text (write it after the fields and a blank line)');
    ok = false;
  }
  if (!ok) return null;

  const pinnedField = fields.pinned?.[0];
  return {
    heading: written,
    question,
    ...(pinned !== undefined ? { cardId: pinned } : {}),
    ...(quote ? { quote: quote.value } : {}),
    sources: sources.map((s) => s.value),
    ...(pinnedField && pinnedField.value !== '' ? { pinned: pinnedField.value } : {}),
    text: body.join('\n'),
    pinnedLine: pinnedField?.line ?? fieldsEnd,
    hasPinnedLine: pinnedField !== undefined,
  };
}

function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every heading in the tree, also those nested in lists and quotes. */
function headingsIn(node: Nodes): Heading[] {
  if (node.type === 'heading') return [node];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap(headingsIn);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function trimBlank(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
