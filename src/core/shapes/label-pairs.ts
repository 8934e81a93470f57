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
 * inside the bold or after it. The question is its paragraph, plain text; anything between it and
 * the answer's label (the code it asks about, say) opens the answer, since a question cannot show code.
 */
import type { RootContent } from 'mdast';
import { ANSWER_LABEL, QUESTION_LABEL, afterLabel, labelled, plainLine } from './question-text.ts';
import { answerMarkdown, textLines, type CleanSource, type Found } from './source.ts';

/** Whether a node opens a label pair: a paragraph whose first line is a labelled question. */
export function opensLabelPair(source: CleanSource, node: RootContent): boolean {
  return node.type === 'paragraph' && labelled(source.lines[node.position!.start.line - 1]!.text, QUESTION_LABEL);
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
  let end = index + 1;
  while (end < nodes.length && !opensShape(nodes[end]!)) end++;
  const from = nodes[index]!.position!.start.line;
  const lines = textLines(source, from, nodes[end - 1]!.position!.end.line);
  const found: Found = { cards: [], skipped: [] };
  // A labelled question at the margin opens each pair, in one paragraph or in several.
  const starts = lines.flatMap((line, i) => (/^ {0,3}\S/.test(line) && labelled(line, QUESTION_LABEL) ? [i] : []));
  starts.forEach((start, k) => {
    const pair = lines.slice(start, starts[k + 1] ?? lines.length);
    const line = source.fileLine(from + start);
    const split = pair.findIndex((text, i) => i > 0 && /^ {0,3}\S/.test(text) && labelled(text, ANSWER_LABEL));
    if (split < 0) {
      found.skipped.push({ file: source.file, line, reason: 'question without an answer' });
      return;
    }
    // The question is its paragraph; what comes between it and the answer (its code, say) opens the answer.
    let asked = 1;
    while (asked < split && pair[asked]!.trim() !== '' && !/^ {0,3}(?:`{3,}|~{3,})/.test(pair[asked]!)) asked++;
    const question = plainLine([afterLabel(pair[0]!, QUESTION_LABEL)!, ...pair.slice(1, asked)].join(' '));
    const answer = answerMarkdown([...pair.slice(asked, split), afterLabel(pair[split]!, ANSWER_LABEL)!.trimStart(), ...pair.slice(split + 1)]);
    if (question === '' || answer === '') found.skipped.push({ file: source.file, line, reason: 'question without an answer' });
    else found.cards.push({ question, answer, line, shape: 'label-pair' });
  });
  return { ...found, end };
}
