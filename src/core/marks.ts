/**
 * Flags and stars on cards: a flag says "this card is wrong" and carries a note for the author of
 * the notes; a star just marks a card worth keeping an eye on. Both are exported as a markdown
 * checklist, so the author can fix the notes before the interview.
 *
 * Stored form (schema version 1), under one storage key:
 *   {"v":1, "marks":[["<card id>", {"flagged":bool, "note":"…", "starred":bool, "updatedAt":ms}], …]}
 * Entries are arrays, not an object keyed by id, so an id such as "__proto__" stays ordinary data.
 * Marks of a card that leaves the notes are kept, like its progress.
 */
import * as v from 'valibot';
import type { CardMark } from './types.ts';

/** Bump only together with a migration from the previous version. */
export const MARKS_SCHEMA_VERSION = 1;

/** A note for the author is one short paragraph; a pasted novel would bloat storage. */
export const MAX_NOTE_LENGTH = 2000;

type Marks = ReadonlyMap<string, CardMark>;

function withMark(marks: Marks, cardId: string, mark: CardMark): Marks {
  const next = new Map(marks);
  // A card neither flagged nor starred has no mark at all.
  if (mark.flagged || mark.starred) next.set(cardId, mark);
  else next.delete(cardId);
  return next;
}

const blank = (now: number): CardMark => ({ flagged: false, note: '', starred: false, updatedAt: now });

/** Star or unstar a card. */
export function toggleStar(marks: Marks, cardId: string, now: number): Marks {
  const mark = marks.get(cardId) ?? blank(now);
  return withMark(marks, cardId, { ...mark, starred: !mark.starred, updatedAt: now });
}

/** Flag a card as wrong with a note for the author (a new note replaces the old one). */
export function flagCard(marks: Marks, cardId: string, note: string, now: number): Marks {
  const mark = marks.get(cardId) ?? blank(now);
  return withMark(marks, cardId, { ...mark, flagged: true, note: note.trim().slice(0, MAX_NOTE_LENGTH), updatedAt: now });
}

/** Remove a card's flag and its note; a star stays. */
export function unflagCard(marks: Marks, cardId: string, now: number): Marks {
  const mark = marks.get(cardId);
  if (!mark?.flagged) return marks;
  return withMark(marks, cardId, { ...mark, flagged: false, note: '', updatedAt: now });
}

// ---------------------------------------------------------------------------------- storage

const MarkSchema = v.object({
  flagged: v.boolean(),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  starred: v.boolean(),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const EntrySchema = v.strictTuple([v.pipe(v.string(), v.minLength(1)), MarkSchema]);
const EnvelopeSchema = v.object({ v: v.literal(MARKS_SCHEMA_VERSION), marks: v.array(v.unknown()) });

/** Encode marks as the JSON string to store. */
export function encodeMarks(marks: Marks): string {
  return JSON.stringify({ v: MARKS_SCHEMA_VERSION, marks: [...marks] });
}

/** Read a stored value (already JSON-parsed). Never throws; a bad entry is left out and named in `problems`. */
export function restoreMarks(json: unknown): { value: Marks; problems: string[] } {
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return { value: new Map(), problems: [`marks: ${v.summarize(envelope.issues)}`] };
  const problems: string[] = [];
  const marks = new Map<string, CardMark>();
  envelope.output.marks.forEach((raw, i) => {
    const parsed = v.safeParse(EntrySchema, raw);
    if (parsed.success) marks.set(parsed.output[0], parsed.output[1]);
    else problems.push(`mark ${i}: ${v.summarize(parsed.issues)}`);
  });
  return { value: marks, problems };
}
