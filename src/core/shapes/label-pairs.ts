/**
 * Label pairs: a labelled question line, then a labelled answer that may run over several lines,
 * paragraphs, lists or code, up to the next labelled question.
 *
 * ```markdown
 * **Вопрос:** Что такое GIL?
 * **Ответ:** Глобальная блокировка интерпретатора.
 *
 * Q: What is a decorator?
 * A: A callable that wraps another.
 * ```
 *
 * `Вопрос:`/`Ответ:`, `Question:`/`Answer:`, `Q:`/`A:` and `В:`/`О:`, bold or not, the colon
 * inside the bold or after it; or a question in bold on its own line, with no label at all. The question is its paragraph, plain text; anything between it and
 * the answer's label (the code it asks about, say) opens the answer, since a question cannot show code.
 */
import type { RootContent } from 'mdast';
import { htmlAsMarkdown } from './details.ts';
import { ANSWER_LABEL, QUESTION_LABEL, afterLabel, labelled, plainLine, readsAsQuestion, withoutNumber } from './question-text.ts';
import { answerMarkdown, textLines, type CleanSource, type Found } from './source.ts';

/** Whether a node opens a label pair: a paragraph whose first line is a labelled question. */
export function opensLabelPair(source: CleanSource, node: RootContent): boolean {
  return node.type === 'paragraph' && labelled(source.lines[node.position!.start.line - 1]!.text, QUESTION_LABEL);
}

/**
 * Whether a paragraph that reads as a question is answered by the next node's label: a chat's
 * question post, then its `✅ Ответ:` post.
 */
export function asksBeforeAnswer(source: CleanSource, nodes: readonly RootContent[], index: number): boolean {
  const node = nodes[index]!;
  const next = nodes[index + 1];
  if (node.type !== 'paragraph' || next?.type !== 'paragraph') return false;
  if (!labelled(source.lines[next.position!.start.line - 1]!.text, ANSWER_LABEL)) return false;
  return /\?\s*$/.test(textLines(source, node.position!.start.line, node.position!.end.line).join(' '));
}

/** Where a pair's answer ends, looking from `end` on: at the next node that opens a shape (`opensShape`) or a new chat message. */
function runEnd(source: CleanSource, nodes: readonly RootContent[], end: number, opensShape: (node: RootContent) => boolean): number {
  while (end < nodes.length && !opensShape(nodes[end]!) && source.lines[nodes[end]!.position!.start.line - 1]!.newMessage !== true) end++;
  return end;
}

/**
 * Whether a node is a question in bold on a line of its own, `**1. Что такое GIL?**`, the bold
 * standing for the label: the paragraphs after it, up to the next such line, are its answer.
 */
export function isBoldQuestion(source: CleanSource, node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.position!.start.line !== node.position!.end.line) return false;
  if (node.children.length !== 1 || node.children[0]!.type !== 'strong') return false;
  return readsAsQuestion(plainLine(source.lines[node.position!.start.line - 1]!.text));
}

/** The pair a bold question (isBoldQuestion) opens at `nodes[index]`: null when nothing answers it before the next shape. */
export function recogniseBoldQuestion(
  source: CleanSource,
  nodes: readonly RootContent[],
  index: number,
  opensShape: (node: RootContent) => boolean,
): (Found & { end: number }) | null {
  const end = runEnd(source, nodes, index + 1, opensShape);
  if (end === index + 1) return null;
  const at = nodes[index]!.position!.start.line;
  const question = withoutNumber(plainLine(source.lines[at - 1]!.text));
  const first = nodes[index + 1]!.position!;
  const answer = htmlAsMarkdown(answerMarkdown(textLines(source, first.start.line, nodes[end - 1]!.position!.end.line)));
  return { cards: [{ question, answer, line: source.fileLine(at), shape: 'label-pair' }], skipped: [], sureLines: 1 + first.end.line - first.start.line + 1, end };
}

/** The lines of the answer's first paragraph, from its label at `split` (a bare label: the paragraph after it too). */
function paragraphAfter(pair: readonly string[], split: number): number {
  let i = split + 1;
  const bare = afterLabel(pair[split]!, ANSWER_LABEL)!.trim() === '';
  if (bare) while (i < pair.length && pair[i]!.trim() === '') i++;
  while (i < pair.length && pair[i]!.trim() !== '') i++;
  return i - split;
}

/**
 * The pairs from `nodes[index]` (which opensLabelPair) up to the next node that opens a pair or
 * another shape (`opensShape`, block.ts), and the index after them.
 */
export function recogniseLabelPairs(
  source: CleanSource,
  nodes: readonly RootContent[],
  index: number,
  opensShape: (node: RootContent) => boolean,
): Found & { end: number } {
  // The answer of an asked question is the next node, which may be a new message.
  const asks = !labelled(source.lines[nodes[index]!.position!.start.line - 1]!.text, QUESTION_LABEL);
  const end = runEnd(source, nodes, Math.min(index + (asks ? 2 : 1), nodes.length), opensShape);
  const from = nodes[index]!.position!.start.line;
  const lines = textLines(source, from, nodes[end - 1]!.position!.end.line);
  const found: Found = { cards: [], skipped: [] };
  let sure = 0;
  // A labelled question at the margin opens each pair, in one paragraph or in several; an asked
  // question (asksBeforeAnswer) opens the first with no label.
  const starts = lines.flatMap((line, i) => ((i === 0 && asks) || (/^ {0,3}\S/.test(line) && labelled(line, QUESTION_LABEL)) ? [i] : []));
  starts.forEach((start, k) => {
    let pair = lines.slice(start, starts[k + 1] ?? lines.length);
    const line = source.fileLine(from + start);
    const split = pair.findIndex((text, i) => i > 0 && /^ {0,3}\S/.test(text) && labelled(text, ANSWER_LABEL));
    // `A: …` then `B: …` are the options of a multiple-choice question, not its answer.
    const options = split > 0 && /^\s*(?:\*\*)?[BБ]\s*(?:\*\*)?[:.)]/u.test(pair[split + 1] ?? '');
    if (options) {
      found.skipped.push({ file: source.file, line, reason: 'a multiple-choice question, not a question and its answer' });
      return;
    }
    if (split < 0) {
      found.skipped.push({ file: source.file, line, reason: 'question without an answer' });
      return;
    }
    // A new chat message after the answer's label ends the answer: the next post, or someone's «Спасибо!».
    const message = pair.findIndex((_, i) => i > split && source.lines[from + start + i - 1]!.newMessage === true);
    if (message > 0) {
      found.skipped.push({ file: source.file, line: source.fileLine(from + start + message), reason: 'chat message after the answer' });
      pair = pair.slice(0, message);
    }
    // The question is its paragraph; what comes between it and the answer (its code, say) opens the answer.
    let askedTo = 1;
    while (askedTo < split && pair[askedTo]!.trim() !== '' && !/^ {0,3}(?:`{3,}|~{3,})/.test(pair[askedTo]!)) askedTo++;
    const question = withoutNumber(plainLine([afterLabel(pair[0]!, QUESTION_LABEL) ?? pair[0]!, ...pair.slice(1, askedTo)].join(' ')));
    const answer = htmlAsMarkdown(answerMarkdown([...pair.slice(askedTo, split), afterLabel(pair[split]!, ANSWER_LABEL)!.trimStart(), ...pair.slice(split + 1)]));
    if (question === '' || answer === '') found.skipped.push({ file: source.file, line, reason: 'question without an answer' });
    else found.cards.push({ question, answer, line, shape: 'label-pair' });
    sure += split + paragraphAfter(pair, split);
  });
  return { ...found, sureLines: sure, end };
}
