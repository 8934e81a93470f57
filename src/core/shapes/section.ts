/**
 * The seed's own shape: a heading and its body as one card (`## Вопрос` and its answer), and the
 * headings whose sections are no card at all (a table of contents, a list of links, a checklist).
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, Nodes, RootContent } from 'mdast';
import { cardIdFor, splitPinnedId } from '../card-id.ts';
import type { Card, Skipped } from '../types.ts';
import { htmlAsMarkdown, unwrapAnswer } from './details.ts';
import { dropAnswerLabel, namesNoQuestion, withoutNumber } from './question-text.ts';
import { answerMarkdown, lineOf, textLines, type CleanSource } from './source.ts';

/** A heading that opens a card, unless questions under it make it a topic. */
export interface CardHeading {
  node: Heading;
  /** Plain text, a pinned id still on it. */
  text: string;
  question: boolean;
}

/** Why a heading that is no question, with this body, makes no card; null when it makes one. */
export function noCardReason(source: CleanSource, heading: CardHeading, body: readonly RootContent[]): string | null {
  if (heading.question) return null;
  if (namesNoQuestion(heading.text) || onlyLinks(body)) return 'contents or links, not a question';
  if (onlyTasks(source, body)) return 'a checklist, not a question';
  return null;
}

/** The heading's card: its text the question, its body the answer; null (and a skip) when either is empty. */
export function sectionCard(
  source: CleanSource,
  heading: CardHeading,
  body: RootContent[],
  deck: string,
  topic: string | undefined,
  skipped: Skipped[],
): Card | null {
  const line = lineOf(source, heading.node);
  const { text: written, pinned } = splitPinnedId(heading.text);
  const text = withoutNumber(written);
  if (text === '') {
    skipped.push({ file: source.file, line, reason: 'heading without text' });
    return null;
  }
  const answer = body.length === 0 ? '' : htmlAsMarkdown(unwrapAnswer(sliceAnswer(source, body)));
  if (answer === '') {
    skipped.push({ file: source.file, line, reason: 'heading without a body' });
    return null;
  }
  return {
    id: pinned ?? cardIdFor(text),
    deck,
    ...(topic ? { topic } : {}),
    question: text,
    answer,
    source: { file: source.file, line },
    kind: 'section',
    shape: heading.node.depth <= 2 ? 'section' : 'heading-under-topic',
  };
}

/** The answer's markdown: the cleaned source lines its nodes span, tidied, without an `Ответ:` label or `#### Ответ` heading opening it. */
function sliceAnswer(source: CleanSource, body: RootContent[]): string {
  const first = body[0]!;
  const from = first.type === 'heading' && ANSWER_HEADING.test(toString(first)) ? body[1] : first;
  if (!from) return '';
  const lines = textLines(source, from.position!.start.line, body[body.length - 1]!.position!.end.line);
  return answerMarkdown(from.type === 'paragraph' ? dropAnswerLabel(lines) : lines);
}


/** A heading that only says the answer follows. */
const ANSWER_HEADING = /^\s*(?:ответ|answer)\s*[:.]?\s*$/iu;


/** A body that is only a task list, `- [ ] …` and `- [x] …`: the author's to-do list. */
function onlyTasks(source: CleanSource, nodes: readonly RootContent[]): boolean {
  return (
    nodes.length > 0 &&
    nodes.every((node) => node.type === 'list' && node.children.every((item) => /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/.test(source.lines[item.position!.start.line - 1]!.text)))
  );
}

/** A body that is only links: a list of links, or paragraphs of them (a section of resources). */
function onlyLinks(nodes: readonly RootContent[]): boolean {
  const linksOnly = (node: Nodes): boolean => {
    if (node.type === 'link') return true;
    if (node.type === 'text') return /^[\s,;:.—–-]*$/.test(node.value);
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'paragraph') return node.children.every(linksOnly);
    return false;
  };
  return nodes.length > 0 && nodes.every((node) => (node.type === 'list' || node.type === 'paragraph') && linksOnly(node));
}
