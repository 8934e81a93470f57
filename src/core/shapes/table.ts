/**
 * Two-column tables whose header reads as question and answer: one card per row.
 *
 * ```markdown
 * | Вопрос | Ответ |
 * | --- | --- |
 * | Что такое GIL? | Блокировка интерпретатора. |
 * ```
 *
 * The notes are read without the table extension (a table in an answer stays its text), so a
 * table is a paragraph to the tree; its rows are read here. `<br>` in a cell is a line break, and
 * a cell past the second is kept in the answer, after ` | `.
 */
import type { Paragraph, RootContent } from 'mdast';
import { plainLine } from './question-text.ts';
import { answerMarkdown, textLines, type CleanSource, type Found } from './source.ts';

const QUESTION_HEADER = /^(?:вопрос|вопросы|question|questions|q|в)$/iu;
const ANSWER_HEADER = /^(?:ответ|ответы|answer|answers|a|о)$/iu;
const DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$/;

/** A row's cells: split at `|` that is not escaped, the outer pipes dropped. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const bare = (cell: string): string => cell.replace(/[*_`]/g, '').trim();

/** The line (0-based, within the paragraph) of a question/answer header followed by its delimiter row. */
function headerAt(lines: readonly string[]): number {
  return lines.findIndex((line, i) => {
    const head = cells(line);
    return head.length === 2 && QUESTION_HEADER.test(bare(head[0]!)) && ANSWER_HEADER.test(bare(head[1]!)) && DELIMITER.test(lines[i + 1] ?? '');
  });
}

/** Whether a node is a paragraph holding a question/answer table. */
export function holdsTable(source: CleanSource, node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && headerAt(textLines(source, node.position!.start.line, node.position!.end.line)) >= 0;
}

/** The cards of a paragraph that holdsTable, one per row; lines around the table are skipped. */
export function recogniseTable(source: CleanSource, node: Paragraph): Found {
  const from = node.position!.start.line;
  const lines = textLines(source, from, node.position!.end.line);
  const header = headerAt(lines);
  const found: Found = { cards: [], skipped: [] };
  const skip = (i: number, reason: string): void => void found.skipped.push({ file: source.file, line: source.fileLine(from + i), reason });
  if (header > 0) skip(0, 'text before the table, in no card');
  for (let i = header + 2; i < lines.length; i++) {
    if (!lines[i]!.includes('|')) {
      skip(i, 'text after the table, in no card');
      break;
    }
    const [question = '', ...answer] = cells(lines[i]!);
    const text = plainLine(question);
    const markdown = answerMarkdown(answer.join(' | ').split(/<br\s*\/?>/i).map((part) => part.trim()));
    if (text === '' || markdown === '') skip(i, 'row without a question and its answer');
    else found.cards.push({ question: text, answer: markdown, line: source.fileLine(from + i), shape: 'table' });
  }
  return found;
}
