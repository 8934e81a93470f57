/**
 * The "50 questions" shape: a numbered list of questions, then numbered answers.
 *
 * The questions are a real list, so the markdown parser gives them to us. The answers
 * often are not: a numbered line right after a paragraph line is a lazy continuation in
 * CommonMark (only `1.` may interrupt a paragraph), so after a chat-export break the
 * parser sees one long paragraph holding dozens of answers. We therefore read answers
 * line by line and pair question n with answer n by the number the author wrote.
 *
 * - `1.` and `1)` numbering both work, for questions and answers;
 * - most items end with `?`, or (when numbered answers follow) open with a question word;
 * - answers written as a second list straight after the questions ("1. Q? 2. Q?", a blank
 *   line, "1. A 2. A") are one list to CommonMark: the questions end where the numbering
 *   starts again;
 * - answers run together on one line ("1. A. 2. A.") are split for a question left without one
 *   (run-together.ts);
 * - a label such as `Ответы:` between the two is optional; once every question has its answer,
 *   text after a blank line, or a new chat message that opens a sentence (another person's
 *   «Спасибо!» right under the last answer), is a closing remark, skipped.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { cardIdFor, splitPinnedId } from './card-id.ts';
import { ContentError } from './content-error.ts';
import { squashSpaces, tidyAnswerLines } from './markdown-lines.ts';
import type { CleanSource } from './shapes/source.ts';
import { plainText } from './plain-text.ts';
import { ANSWERS_LABEL, NUMBERED_LINE, type QuestionList } from './question-list.ts';
import { splitRunTogether, type NumberedAnswer } from './run-together.ts';
import type { Card, Deck, Skipped } from './types.ts';

/** A line that opens a sentence: a capital letter, not a cut word going on. */
const NEW_SENTENCE = /^\p{Lu}/u;
/** Longer intro lines are cut at a word for the deck title. */
const TITLE_LENGTH = 90;

export interface NumberedDeckOptions {
  id: string;
  /** The `##` heading the list sits under, if any. */
  title: string | undefined;
  /** Used when neither a heading nor an intro line names the deck. */
  fallbackTitle: string;
  topic: string | undefined;
}

export interface NumberedDeck {
  deck: Deck;
  cards: Card[];
  skipped: Skipped[];
  errors: ContentError[];
}

interface Question {
  number: number;
  text: string;
  pinned?: string;
  line: number;
}

interface Answer extends NumberedAnswer {
  indent: number;
}

/** The answers read after the questions, and the file lines they span (none when there are none). */
interface Answers {
  answers: Map<number, Answer>;
  lines: { from: number; to: number } | null;
}

/** Builds the deck from a block that holds a question list and, after it, the answers. */
export function parseNumberedDeck(
  source: CleanSource,
  nodes: RootContent[],
  found: QuestionList,
  options: NumberedDeckOptions,
): NumberedDeck {
  const list = nodes[found.index] as List;
  const out: NumberedDeck = {
    deck: {
      id: options.id,
      title: options.title ?? introTitle(nodes.slice(0, found.index), source.markdown) ?? `${options.fallbackTitle}: вопросы`,
      kind: 'numbered',
      source: { file: source.file, line: source.fileLine(nodes[0]!.position!.start.line) },
      cardCount: 0,
    },
    cards: [],
    skipped: [],
    errors: [],
  };

  const questions = readQuestions(source, list, found.items, out);
  const blockEnd = nodes[nodes.length - 1]!.position!.end.line;
  const { answers, lines } = readAnswers(source, found.end, blockEnd, questions, out);

  for (const question of questions.values()) {
    const answer = answers.get(question.number);
    const markdown = answer ? tidyAnswerLines(answer.lines).join('\n') : '';
    if (markdown === '') {
      out.errors.push(new ContentError(source.file, question.line, noAnswer(question.number, lines)));
      continue;
    }
    out.cards.push({
      id: question.pinned ?? cardIdFor(question.text),
      deck: options.id,
      ...(options.topic ? { topic: options.topic } : {}),
      question: question.text,
      answer: markdown,
      source: { file: source.file, line: question.line },
      kind: 'numbered',
      shape: 'numbered-lists',
      number: question.number,
    });
  }
  out.deck.cardCount = out.cards.length;
  return out;
}

function readQuestions(source: CleanSource, list: List, items: readonly ListItem[], out: NumberedDeck): Map<number, Question> {
  const questions = new Map<number, Question>();
  items.forEach((item, index) => {
    const cleanLine = item.position!.start.line;
    const line = source.fileLine(cleanLine);
    // CommonMark renumbers items from the list's start; the author's own number is what answers refer to.
    const written = NUMBERED_LINE.exec(source.lines[cleanLine - 1]?.text ?? '');
    const number = written ? Number(written[1]) : (list.start ?? 1) + index;
    const { text, pinned } = splitPinnedId(squashSpaces(plainText(item, source.markdown)));
    if (text === '') {
      out.skipped.push({ file: source.file, line, reason: `question ${number} has no text` });
      return;
    }
    const previous = questions.get(number);
    if (previous) {
      out.errors.push(new ContentError(source.file, line, `question number ${number} is used twice (also at line ${previous.line})`));
      return;
    }
    questions.set(number, { number, text, line, ...(pinned ? { pinned } : {}) });
  });
  return questions;
}

/**
 * Reads numbered answers from cleaned lines (after, end]: 0-based exclusive start, 1-based end.
 * A numbered line starts answer n when n is a question still unanswered; other numbered lines
 * (a list inside an answer) are part of the current answer. Once every question has its answer,
 * text after a blank line or a new chat message opening a sentence is a closing remark and belongs
 * to no answer.
 */
function readAnswers(
  source: CleanSource,
  after: number,
  end: number,
  questions: Map<number, Question>,
  out: NumberedDeck,
): Answers {
  const answers = new Map<number, Answer>();
  const numbers = [...questions.keys()];
  // Every question answered, counting answers that run together on one line (run-together.ts).
  const complete = (): boolean => answers.size === questions.size || splitRunTogether(answers, numbers).size === questions.size;
  let current: Answer | null = null;
  let blank = false;
  let lines = null as Answers['lines'];

  for (let i = after; i < end; i++) {
    const text = source.lines[i]!.text;
    const line = source.lines[i]!.line;
    if (text.trim() === '') {
      blank = current !== null;
      if (current) current.lines.push('');
      continue;
    }
    // A numbered line indented to the answer's text is a list inside that answer (its steps).
    const open = current as Answer | null;
    const nested: boolean = open !== null && open.indent > 0 && /^ */.exec(text)![0].length >= open.indent;
    const numbered: RegExpExecArray | null = nested ? null : NUMBERED_LINE.exec(text);
    const number: number = numbered ? Number(numbered[1]) : NaN;
    if (numbered && questions.has(number) && !answers.has(number)) {
      current = { number, lines: [numbered[2] ?? ''], indent: text.indexOf(numbered[1]!) + numbered[1]!.length + 2 };
      answers.set(number, current);
      lines = { from: lines?.from ?? line, to: line };
      blank = false;
      continue;
    }
    if (numbered && !questions.has(number) && (current === null || number > Math.max(...numbers))) {
      out.errors.push(new ContentError(source.file, line, `answer ${number} has no question`));
      continue;
    }
    if (current === null) {
      if (!ANSWERS_LABEL.test(text)) out.skipped.push({ file: source.file, line, reason: 'text between the questions and the answers' });
      continue;
    }
    // A new paragraph, or a new chat message that opens a new sentence (someone's «Спасибо!»), once
    // every question has its answer. A message between two answers goes on with the one before it.
    const remark = (blank && !/^\s/.test(text)) || (source.lines[i]!.newMessage === true && NEW_SENTENCE.test(text));
    if (remark && complete()) {
      out.skipped.push({ file: source.file, line, reason: 'closing remark after the last answer' });
      trimTrailingBlank(current);
      // Everything up to the end of the block is the remark.
      break;
    }
    current.lines.push(dedent(text, current.indent));
    lines = { from: lines?.from ?? line, to: line };
    blank = false;
  }
  return { answers: splitRunTogether(answers, numbers), lines };
}

/** The hard error for a question without an answer, saying where the answers were looked for. */
function noAnswer(number: number, lines: Answers['lines']): string {
  if (!lines) return `question ${number} has no answer: no numbered answers follow the questions`;
  const where = lines.from === lines.to ? `line ${lines.from}` : `lines ${lines.from}–${lines.to}`;
  return `question ${number} has no answer: no answer numbered ${number} in the answers (${where})`;
}

function trimTrailingBlank(answer: Answer): void {
  while (answer.lines.length > 0 && answer.lines[answer.lines.length - 1]!.trim() === '') answer.lines.pop();
}

/** Removes up to `indent` leading spaces: continuation lines are indented to the item's text. */
function dedent(text: string, indent: number): string {
  const spaces = /^ */.exec(text)![0].length;
  return text.slice(Math.min(spaces, indent));
}

/** The deck title from the line introducing the list: its first sentence, without the colon. */
function introTitle(intro: RootContent[], markdown: string): string | undefined {
  const text = squashSpaces(intro.map((node) => plainText(node, markdown)).join(' '));
  if (text === '') return undefined;
  const sentence = text.split(/(?<=[.!?])\s/)[0]!.replace(/[:：]\s*$/, '').trim();
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–—-]+$/, '')}…`;
}
