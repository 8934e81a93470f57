/**
 * Q&A list items: a numbered or bulleted item whose first line is a question (often bold), with its
 * answer nested under it, as a `- **Ответ**: …` item, an `Ответ:` line, plain paragraphs or code.
 *
 * ```markdown
 * 1. **Что такое Django?**
 *    - **Ответ**: веб-фреймворк на Python.
 * 2. Что такое ORM?
 *
 *    Отображение таблиц на классы.
 * ```
 *
 * A list is one of these when most of its items are (so a list of plain points never is); an item
 * of such a list that is not is skipped with its line.
 */
import type { List, ListItem } from 'mdast';
import { htmlAsMarkdown, unwrapAnswer } from './details.ts';
import { answerMarkdown, dedent, dedentCommon, textLines, type CleanSource, type Found, type FoundCard } from './source.ts';
import { ANSWER_LABEL, dropAnswerLabel, labelled, plainLine, readsAsQuestion, withoutNumber } from './question-text.ts';

/** Share of a list's items that must be questions with answers. */
const SHARE = 0.6;

export function recogniseListItems(source: CleanSource, list: List): Found | null {
  const read = list.children.map((item) => readItem(source, item));
  const cards = read.filter((card): card is FoundCard => card !== null);
  if (cards.length === 0 || cards.length < SHARE * read.length) return null;
  const skipped = list.children.flatMap((item, i) =>
    read[i] === null ? [{ file: source.file, line: source.fileLine(item.position!.start.line), reason: 'list item without a question and its answer' }] : [],
  );
  return { cards, skipped };
}

/** `A) POST`, `- б) PUT`: an option of a multiple-choice question. */
const OPTION = /^\s*(?:[-*+]\s+)?[A-DА-Га-гa-d][).]\s/u;

/** `**Что такое GIL?** — блокировка…`: a bold question with its answer on the same line. */
const SAME_LINE = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*(?:[—–:-]\s*)?(\S.*)$/u;

/** The item as a card: its first line the question, what is nested under it (or follows a bold question on its line) the answer. */
function readItem(source: CleanSource, item: ListItem): FoundCard | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  const start = first.position!.start;
  const end = item.position!.end.line;
  let questionLine = source.lines[start.line - 1]!.text.slice(start.column - 1);
  const below = dedent(textLines(source, start.line + 1, end), start.column - 1);
  const sameLine = SAME_LINE.exec(questionLine);
  // Most items of most lists are points: nothing under them, no bold question opening them.
  if (!sameLine && below.every((line) => line.trim() === '')) return null;
  // The bold part is the question when it reads as one and ends with `?` or a dash or colon follows it.
  const parted = sameLine && (/\?\s*$/.test(sameLine[1]!) || /^(?:\*\*|__)\s*[—–:-]/.test(questionLine.slice(2 + sameLine[1]!.length)));
  if (sameLine && parted && readsAsQuestion(plainLine(sameLine[1]!))) {
    questionLine = sameLine[1]!;
    below.unshift(sameLine[2]!);
  }
  const question = withoutNumber(plainLine(questionLine));
  if (question === '' || below.every((line) => line.trim() === '')) return null;
  // A Notion toggle (`- ▶ Q`) indents its answer past the item's text.
  const lines = dedentCommon(trimLeadingBlank(below));
  if (!readsAsQuestion(question) && !labelled(lines[0]!.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, ''), ANSWER_LABEL)) return null;
  // An answer hidden under "Ответ" in a `<details>` block of the item is the answer itself.
  const answer = htmlAsMarkdown(unwrapAnswer(answerMarkdown(dropAnswerLabel(lines))));
  // Sub-questions under a question (`- А в PyPy?`) are more questions to look up, and `A) …`, `B) …`
  // the options of a multiple-choice one: neither is its answer.
  if (answer === '' || answer.split('\n').every((line) => line.trim() === '' || /\?\s*$/.test(line) || OPTION.test(line))) return null;
  return { question, answer, line: source.fileLine(start.line), shape: 'list-item' };
}

function trimLeadingBlank(lines: readonly string[]): string[] {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return lines.slice(i);
}
