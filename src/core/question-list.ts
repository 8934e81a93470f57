/**
 * Finding the "50 questions" shape in a block (numbered-deck.ts builds the deck): a numbered list
 * whose items are questions, and whether numbered answers follow it.
 */
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, RootContent } from 'mdast';
import { squashSpaces } from './markdown-lines.ts';
import type { CleanSource } from './shapes/source.ts';

/** `12. text` or `12) text`, or a bare `12.` whose text the export moved to the next message. */
export const NUMBERED_LINE = /^\s{0,3}(\d{1,4})[.)](?:\s+(.*))?$/;
/** A label such as `Ответы:`, or a heading `## Ответы`, between the questions and the answers. */
export const ANSWERS_LABEL = /^\s*(?:#{1,6}\s+)?(?:\*\*)?(?:ответы|answers?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/iu;

/** Whether a heading's text is only `Ответы` or `Answers`: the answers to the questions above it. */
export function namesAnswers(text: string): boolean {
  return /^(?:ответы|answers)(?:\s+(?:на вопросы|to the questions))?\s*[:.]?$/iu.test(text.trim());
}

/** Share of items that must end with `?` for a list to count as questions. */
const QUESTION_SHARE = 0.6;

/**
 * Words a question opens with when it has no `?`: "Расскажите про GIL", "Чем отличается…".
 * A list that asks only this way becomes a deck only when numbered answers follow it.
 */
const ASKS = /^(?:расскажите|назовите|опишите|объясните|перечислите|приведите|сравните|как|какие|какой|какая|какое|каким|что|чем|зачем|почему|когда|где|для чего|в ч[её]м)(?=[\s,:]|$)/iu;

/** A numbered list of questions found in a block. */
export interface QuestionList {
  /** Index of the list among the block's nodes. */
  index: number;
  /** The items that are questions: answers written as a second list right after run into it. */
  items: ListItem[];
  /** Cleaned line (1-based) where the last question ends; the answers come after it. */
  end: number;
}

/**
 * The list of questions in a block, or null. Under no heading a list of `?` questions is
 * enough; under a `##` heading (a card whose answer is a list of questions stays a card),
 * and for questions without `?`, numbered answers must follow the list.
 */
export function findQuestionList(source: CleanSource, nodes: readonly RootContent[], underHeading: boolean): QuestionList | null {
  const blockEnd = nodes[nodes.length - 1]?.position?.end.line ?? 0;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== 'list' || !node.ordered) continue;
    const items = questionItems(source, node);
    if (items.length < 2) continue;
    const end = items[items.length - 1]!.position!.end.line;
    const after = numberedAfter(source.lines.slice(end, blockEnd));
    // Numbered lines that another line introduces are that list's, and these questions have no answers here.
    if (after === 'another list') continue;
    const answersFollow = after === 'answers';
    const asks = share(items, (text) => text.endsWith('?')) >= QUESTION_SHARE;
    const found = asks
      ? !underHeading || answersFollow
      : answersFollow && share(items, (text) => text.endsWith('?') || ASKS.test(text)) >= QUESTION_SHARE;
    if (found) return { index, items, end };
  }
  return null;
}

/**
 * What follows the questions: numbered lines (the answers), or a line that introduces another list
 * (`На неделе:`, not `Ответы:`) before any, whose items those numbered lines are, or neither.
 */
function numberedAfter(lines: readonly { text: string }[]): 'answers' | 'another list' | 'none' {
  let introduced = false;
  for (const { text } of lines) {
    if (NUMBERED_LINE.test(text)) return introduced ? 'another list' : 'answers';
    if (/[:：]\s*$/.test(text) && !ANSWERS_LABEL.test(text) && !/^\s/.test(text)) introduced = true;
  }
  return 'none';
}

/**
 * The list's items up to where the author's numbering starts again: "1. Q? 2. Q?", a blank
 * line, then "1. A 2. A" is one list to CommonMark, but the second run is the answers.
 */
function questionItems(source: CleanSource, list: List): ListItem[] {
  const items: ListItem[] = [];
  let first = 0;
  for (const item of list.children) {
    const written = NUMBERED_LINE.exec(source.lines[item.position!.start.line - 1]?.text ?? '');
    const number = written ? Number(written[1]) : (list.start ?? 1) + items.length;
    if (items.length === 0) first = number;
    else if (number <= first) break;
    items.push(item);
  }
  return items;
}

function share(items: readonly ListItem[], test: (text: string) => boolean): number {
  return items.filter((item) => test(squashSpaces(toString(item)))).length / items.length;
}
