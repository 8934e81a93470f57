/**
 * Domain types, in one file, as string unions (no enums; a union listed at run time is a `const` array).
 * Everything under src/core is pure: no React, no DOM, no Node-only APIs.
 */

/** Where a card, a skip or a warning comes from: a content file and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** Which deck a card is in: its file's deck (`section`), or the deck of a numbered question list. */
export type CardKind = 'section' | 'numbered';

/**
 * The shape of the notes a card was read from (docs/notes-format.md): a `##` heading and its body,
 * numbered questions then numbered answers, a question heading under a topic heading, a Q&A list
 * item, a `<details>` block, a `Вопрос:`/`Ответ:` pair, a `question::answer` line, a table row.
 */
export const CARD_SHAPES = ['section', 'numbered-lists', 'heading-under-topic', 'list-item', 'details', 'label-pair', 'inline', 'table'] as const;
export type CardShape = (typeof CARD_SHAPES)[number];

/** One question/answer card, as parsed from the notes. */
export interface Card {
  /** Stable id: survives answer edits and small question edits; can be pinned with `{#id}`. */
  id: string;
  /** The deck's id. */
  deck: string;
  /** The nearest heading above the card that names a topic (a level-1 heading, or a topic over question headings), if any. */
  topic?: string;
  /** Plain text. */
  question: string;
  /** Markdown. Fenced code without a language is marked `python`. */
  answer: string;
  source: SourceRef;
  kind: CardKind;
  shape: CardShape;
  /** For numbered cards: the number the author wrote. */
  number?: number;
  /** Set when the content audit suspects the answer does not answer the question. */
  suspect?: string;
  /** Corrections from the corrections file beside the notes file, in that file's order. */
  corrections?: Correction[];
}

/** Why a correction may be out of date: its quote is gone from the answer, or the answer changed since it was pinned. */
export type StaleReason = 'quote-missing' | 'answer-changed' | 'not-pinned';

/**
 * A correction to a card's answer, from `<notes>.corrections.md` (docs/notes-format.md): markdown
 * text resting on official pages. The notes themselves are never edited.
 */
export interface Correction {
  /** Markdown, as written in the corrections file. */
  text: string;
  /** The official pages it rests on: https URLs. */
  sources: string[];
  /** The part of the author's answer it corrects, as written there; absent when it is about the whole answer. */
  quote?: string;
  /** Set when the correction may be out of date; `staleReasons` says why. */
  stale?: boolean;
  staleReasons?: StaleReason[];
  /** Where the correction's heading is in the corrections file. */
  source: SourceRef;
}

/** A group of cards: one per notes file, plus one per numbered question list. */
export interface Deck {
  id: string;
  title: string;
  kind: CardKind;
  source: SourceRef;
  cardCount: number;
}

/** A section of the notes that did not become a card, and why. */
export interface Skipped {
  file: string;
  line: number;
  reason: string;
}

/**
 * `mismatch`: the answer does not seem to answer the question; `code`: a code block that does not
 * parse; `identifier`: a name near a documented API name; `correction-stale`: a correction whose
 * card is gone or whose answer changed since it was pinned.
 */
export type WarningKind = 'mismatch' | 'code' | 'identifier' | 'correction-stale';

/** A soft problem found at build time: the build goes on, the author is told. */
export interface ContentWarning {
  kind: WarningKind;
  cardId?: string;
  file: string;
  line: number;
  message: string;
  /** For `identifier`: the documented name the author probably meant. */
  suggestion?: string;
}

/** Everything the build step produces from the notes. */
export interface Collection {
  decks: Deck[];
  cards: Card[];
  skipped: Skipped[];
  warnings: ContentWarning[];
}

/** A notes file as read by the caller (the build, the CLI, later the browser). */
export interface NotesFile {
  /** Path as shown to the user, e.g. `content/django-orm.md`. */
  path: string;
  text: string;
}

/* ------------------------------------------------------------------------------------------------
 * Scheduling: plain, serialisable data. Times are epoch milliseconds, in whole minutes (so a save and
 * load round trip is exact). src/core/scheduler.ts maps these to and from ts-fsrs; nothing else does.
 * ---------------------------------------------------------------------------------------------- */

/** The four answer buttons in key order, as in Anki: key 1 is `again`, key 4 is `easy`. */
export const GRADES = Object.freeze(['again', 'hard', 'good', 'easy'] as const);

/** One of the four answer buttons (keys 1–4). */
export type Grade = (typeof GRADES)[number];

/** Where a card is in its life: never seen, in (re)learning steps, or on long-term review. */
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** The memory and schedule of one card. */
export interface SchedulingState {
  readonly state: CardState;
  /** When the card is next due (epoch ms). */
  readonly due: number;
  /** FSRS stability in days. */
  readonly stability: number;
  /** FSRS difficulty, 1–10. */
  readonly difficulty: number;
  /** Days between the last review and `due` (0 while in learning steps). */
  readonly scheduledDays: number;
  /** Index of the current (re)learning step. */
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** When the card was last graded (epoch ms), or null if never. */
  readonly lastReview: number | null;
}

/** One grade given to a card: what stats need later. */
export interface ReviewLogEntry {
  /** When the grade was given (epoch ms, whole minutes). */
  readonly review: number;
  readonly grade: Grade;
  /** The card's state before this grade. */
  readonly stateBefore: CardState;
  /** Whole days since the previous review (0 for the first one), as FSRS counts them. */
  readonly elapsedDays: number;
}

/**
 * The oldest reviews of a long log, folded into a summary so a log never outgrows its bound
 * (LOG_LIMIT in src/core/progress.ts): how many there were, and when the first and the last of them were.
 */
export interface FoldedLog {
  readonly count: number;
  /** The card's very first review (epoch ms). */
  readonly first: number;
  /** The newest folded review (epoch ms): the one before `log[0]`. */
  readonly last: number;
}

/**
 * Everything we keep about one card: its schedule and its review log, oldest first. Records are
 * immutable: a grade makes a new one (src/core/progress.ts, withReview), so a record can be shared
 * between the store, the undo stack and what a tab last agreed on with storage, and compared by reference.
 */
export interface CardProgress {
  readonly sched: SchedulingState;
  /** At most LOG_LIMIT entries; older ones are counted in `folded`. */
  readonly log: readonly ReviewLogEntry[];
  /** Present once the log has been compacted. */
  readonly folded?: FoldedLog;
}

/* ------------------------------------------------------------------------------------------------
 * Interview modes (issue 4): quizzes, quiz misses, weak cards, flags and stars.
 * ---------------------------------------------------------------------------------------------- */

/** A quiz asks the deck's questions in the notes' order, or shuffled. */
export type QuizOrder = 'in-order' | 'shuffled';

/** `full`: the whole deck; `missed`: a re-run of the questions missed in the quiz before. */
export type QuizRound = 'full' | 'missed';

/** One answered quiz question. In a quiz, 1 (again) means missed, 2 (hard) shaky, 3 and 4 known. */
export interface QuizAnswer {
  cardId: string;
  grade: Grade;
  /** What the learner typed before revealing, when the quiz asks for typed answers and they typed something. */
  typed?: string;
  /** Time spent on the question (ms), capped (see src/core/quiz.ts). */
  ms: number;
}

/** A quiz on one deck, in progress or finished (`answers.length === cardIds.length`). */
export interface QuizState {
  deckId: string;
  /** The questions in the order they are asked. */
  cardIds: readonly string[];
  order: QuizOrder;
  round: QuizRound;
  /** Whether the learner types an answer before revealing the model answer. */
  typeAnswers: boolean;
  /** One per question asked so far: the position in the quiz is `answers.length`. */
  answers: readonly QuizAnswer[];
  /** Whether the current question's answer is shown. */
  revealed: boolean;
  /** The answer being typed for the current question (kept across a reload). */
  draft: string;
  startedAt: number;
  /** When the current question was shown (epoch ms); reset on reload so a night away is not counted. */
  shownAt: number;
}

/** How often a card was missed (graded 1) in quizzes, and when last. Weak cards rank on it. */
export interface QuizMisses {
  count: number;
  last: number;
}

/** A card's marks: flagged as wrong, with a note for the author, and/or starred. */
export interface CardMark {
  flagged: boolean;
  /** The note for the author; may be empty. */
  note: string;
  starred: boolean;
  /** When the mark last changed (epoch ms). */
  updatedAt: number;
}

/** Why a card is listed among the weak ones. */
export type WeakReason =
  | { kind: 'lapses'; count: number }
  | { kind: 'low-recall'; retrievability: number }
  | { kind: 'recent-again'; at: number }
  | { kind: 'quiz-misses'; count: number };
