/**
 * The stored form of rehearsals (schema version 1), under one storage key:
 *
 *   {"v":1, "current":<Interview>|null, "history":[<InterviewRecord>, …]}
 *
 * Reading never throws: the rehearsal in progress and each past one are checked on their own
 * (valibot); a bad one is left out and named in `problems`, so the caller can keep the raw value
 * as a backup and say so, as for quizzes (src/core/quiz-codec.ts).
 */
import * as v from 'valibot';
import { HISTORY_LIMIT } from './interview.ts';
import type { Interview, InterviewRecord } from './interview.ts';

/** Bump only together with a migration from the previous version. */
export const INTERVIEW_SCHEMA_VERSION = 1;

export interface InterviewData {
  current: Interview | null;
  /** Finished rehearsals, oldest first, at most HISTORY_LIMIT. */
  history: readonly InterviewRecord[];
}

export const EMPTY_INTERVIEW_DATA: InterviewData = Object.freeze({ current: null, history: [] });

const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Id = v.pipe(v.string(), v.minLength(1));
const GradeSchema = v.picklist(['again', 'hard', 'good', 'easy']);
const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const Limit = v.pipe(v.number(), v.integer(), v.minValue(1000));

const AnswerFields = { cardId: Id, ms: Time, coverage: Share, suggested: GradeSchema, grade: GradeSchema };

const InterviewSchema = v.pipe(
  v.object({
    startedAt: Time,
    deckIds: v.array(Id),
    cardIds: v.pipe(v.array(Id), v.minLength(1)),
    limitMs: Limit,
    answers: v.array(v.object({ ...AnswerFields, typed: v.string() })),
    draft: v.string(),
    shownAt: Time,
    revealed: v.nullable(v.object({ ms: Time })),
  }),
  v.check((i) => i.answers.length <= i.cardIds.length, 'more answers than questions'),
  v.check((i) => i.answers.every((a, n) => a.cardId === i.cardIds[n]), 'answers do not follow the questions'),
);

const RecordSchema = v.object({ startedAt: Time, finishedAt: Time, deckIds: v.array(Id), limitMs: Limit, answers: v.array(v.object(AnswerFields)) });

const EnvelopeSchema = v.object({ v: v.literal(INTERVIEW_SCHEMA_VERSION), current: v.unknown(), history: v.array(v.unknown()) });

export function encodeInterviewData(data: InterviewData): string {
  return JSON.stringify({ v: INTERVIEW_SCHEMA_VERSION, current: data.current, history: data.history.slice(-HISTORY_LIMIT) });
}

/** Read a stored value (already JSON-parsed). Never throws. */
export function restoreInterviewData(json: unknown): { value: InterviewData; problems: string[] } {
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return { value: EMPTY_INTERVIEW_DATA, problems: [`rehearsals: ${v.summarize(envelope.issues)}`] };
  const problems: string[] = [];
  let current: Interview | null = null;
  if (envelope.output.current !== null) {
    const parsed = v.safeParse(InterviewSchema, envelope.output.current);
    if (parsed.success) current = parsed.output;
    else problems.push(`rehearsal in progress: ${v.summarize(parsed.issues)}`);
  }
  const history: InterviewRecord[] = [];
  envelope.output.history.forEach((raw, i) => {
    const parsed = v.safeParse(RecordSchema, raw);
    if (parsed.success) history.push(parsed.output);
    else problems.push(`rehearsal ${i}: ${v.summarize(parsed.issues)}`);
  });
  return { value: { current, history: history.slice(-HISTORY_LIMIT) }, problems };
}
