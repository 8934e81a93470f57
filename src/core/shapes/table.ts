/**
 * Tables whose header has a question column and an answer column (`Вопрос | Ответ`): one card per row.
 *
 * ```markdown
 * | Вопрос | Ответ |
 * | --- | --- |
 * | Что такое GIL? | Блокировка интерпретатора. |
 * ```
 *
 * The notes are read without the table extension (a table in an answer stays its text), so a
 * table is a paragraph to the tree; its rows are read here. `<br>` in a cell is a line break. A
 * column that numbers the rows is dropped; any other column follows the answer as a paragraph
 * under its header (`**Пример:** …`).
 */
import type { Paragraph, RootContent } from 'mdast';
import { plainLine } from './question-text.ts';
import { answerMarkdown, hardBreaks, textLines, type CleanSource, type Found } from './source.ts';

const QUESTION_HEADER = /^(?:вопрос|вопросы|question|questions|q|в)$/iu;
const ANSWER_HEADER = /^(?:ответ|ответы|answer|answers|a|о)$/iu;
/** A column that only numbers the rows: `#`, `№`, `N`, `No.`, or no header. */
const NUMBER_HEADER = /^(?:#|№|n|no\.?|номер|)$/iu;
const DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$/;

/** A row's cells: split at `|` that is not escaped, the outer pipes dropped. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const bare = (cell: string): string => cell.replace(/[*_`]/g, '').trim();

/** Where a table's header is (0-based, within the paragraph) and which columns ask and answer; null when it has none. */
interface Header {
  line: number;
  question: number;
  answer: number;
  /** The other columns' headers, by index ('' for the column that numbers the rows). */
  names: string[];
}

/**
 * The question/answer header followed by its delimiter row: a question column, an answer column
 * after it, and any others (`| # | Вопрос | Ответ | Пример |`).
 */
function headerOf(lines: readonly string[]): Header | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!DELIMITER.test(lines[i + 1]!)) continue;
    const head = cells(lines[i]!).map(bare);
    const question = head.findIndex((cell) => QUESTION_HEADER.test(cell));
    const answer = head.findIndex((cell) => ANSWER_HEADER.test(cell));
    if (question >= 0 && answer > question) return { line: i, question, answer, names: head.map((cell) => (NUMBER_HEADER.test(cell) ? '' : cell)) };
  }
  return null;
}

/** Whether a node is a paragraph holding a question/answer table. */
export function holdsTable(source: CleanSource, node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && headerOf(textLines(source, node.position!.start.line, node.position!.end.line)) !== null;
}

/** The cards of a paragraph that holdsTable, one per row; lines around the table are skipped. */
export function recogniseTable(source: CleanSource, node: Paragraph): Found {
  const from = node.position!.start.line;
  const lines = textLines(source, from, node.position!.end.line);
  const header = headerOf(lines)!;
  const found: Found = { cards: [], skipped: [] };
  const skip = (i: number, reason: string): void => void found.skipped.push({ file: source.file, line: source.fileLine(from + i), reason });
  if (header.line > 0) skip(0, 'text before the table, in no card');
  for (let i = header.line + 2; i < lines.length; i++) {
    if (!lines[i]!.includes('|')) {
      skip(i, 'text after the table, in no card');
      break;
    }
    const row = cells(lines[i]!);
    const text = plainLine(row[header.question] ?? '');
    // The other columns (an example, a source) follow the answer under their headers; a row's number does not.
    const more = row.flatMap((cell, k) => (k === header.question || k === header.answer || header.names[k] === '' || cell === '' ? [] : [`**${header.names[k] ?? ''}:** ${cell}`]));
    const markdown = answerMarkdown([row[header.answer] ?? '', ...more].flatMap((cell, k) => [...(k > 0 ? [''] : []), ...hardBreaks(cell.split(/<br\s*\/?>/i).map((part) => part.trim()))]));
    if (text === '' || markdown === '') skip(i, 'row without a question and its answer');
    else found.cards.push({ question: text, answer: markdown, line: source.fileLine(from + i), shape: 'table' });
  }
  return found;
}
