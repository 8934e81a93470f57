/**
 * The stored form of quizzes and quiz misses (schema version 1), kept under one storage key:
 *
 *   {"v":1, "quizzes":[<QuizState>, …], "misses":[["<card id>", count, lastMs], …]}
 *
 * Quizzes are stored as they are (one per deck, a few KB at most); misses as tuples, since there can
 * be one per card. Entries are arrays rather than objects keyed by id, so an id such as "__proto__"
 * stays ordinary data.
 *
 * Reading never throws: each quiz and each miss entry is checked on its own (valibot), a bad one is
 * left out and named in `problems`, so the caller can keep the raw value as a backup and say so.
 */
import * as v from 'valibot';
import type { QuizMisses, QuizState } from './types.ts';

/** Bump only together with a migration from the previous version. */
export const QUIZ_SCHEMA_VERSION = 1;

/** Every deck's quiz (by deck id) and every card's quiz misses (by card id). */
export interface QuizData {
  quizzes: ReadonlyMap<string, QuizState>;
  misses: ReadonlyMap<string, QuizMisses>;
}

/** What could be read, and what could not (empty when the value was intact). */
export interface RestoredQuizData {
  value: QuizData;
  problems: string[];
}

/** Nothing stored yet. */
export const EMPTY_QUIZ_DATA: QuizData = Object.freeze({ quizzes: new Map(), misses: new Map() });

const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Id = v.pipe(v.string(), v.minLength(1));
const GradeSchema = v.picklist(['again', 'hard', 'good', 'easy']);

const AnswerSchema = v.object({
  cardId: Id,
  grade: GradeSchema,
  typed: v.optional(v.string()),
  ms: Time,
});

const QuizSchema = v.pipe(
  v.object({
    deckId: Id,
    cardIds: v.array(Id),
    order: v.picklist(['in-order', 'shuffled']),
    round: v.picklist(['full', 'missed']),
    typeAnswers: v.boolean(),
    answers: v.array(AnswerSchema),
    revealed: v.boolean(),
    draft: v.string(),
    startedAt: Time,
    shownAt: Time,
  }),
  v.check((q) => q.answers.length <= q.cardIds.length, 'more answers than questions'),
  v.check((q) => q.answers.every((a, i) => a.cardId === q.cardIds[i]), 'answers do not follow the questions'),
);

const MissSchema = v.strictTuple([Id, v.pipe(v.number(), v.integer(), v.minValue(1)), Time]);

const EnvelopeSchema = v.object({ v: v.literal(QUIZ_SCHEMA_VERSION), quizzes: v.array(v.unknown()), misses: v.array(v.unknown()) });

/** Encode quizzes and misses as the JSON string to store. */
export function encodeQuizData(data: QuizData): string {
  return JSON.stringify({
    v: QUIZ_SCHEMA_VERSION,
    quizzes: [...data.quizzes.values()],
    misses: [...data.misses].map(([id, m]) => [id, m.count, m.last]),
  });
}

/** Read a stored value (already JSON-parsed). Never throws. */
export function restoreQuizData(json: unknown): RestoredQuizData {
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return { value: EMPTY_QUIZ_DATA, problems: [`quizzes: ${v.summarize(envelope.issues)}`] };
  const problems: string[] = [];
  const quizzes = new Map<string, QuizState>();
  envelope.output.quizzes.forEach((raw, i) => {
    const parsed = v.safeParse(QuizSchema, raw);
    if (parsed.success) quizzes.set(parsed.output.deckId, parsed.output);
    else problems.push(`quiz ${i}: ${v.summarize(parsed.issues)}`);
  });
  const misses = new Map<string, QuizMisses>();
  envelope.output.misses.forEach((raw, i) => {
    const parsed = v.safeParse(MissSchema, raw);
    if (parsed.success) misses.set(parsed.output[0], { count: parsed.output[1], last: parsed.output[2] });
    else problems.push(`quiz miss ${i}: ${v.summarize(parsed.issues)}`);
  });
  return { value: { quizzes, misses }, problems };
}
