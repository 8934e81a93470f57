/**
 * Reading a line as a question, the way a person does: it ends with `?`, opens with a question
 * word (Что, Как, Чем…, What, How, Why…), or is numbered; and the question's plain text without
 * what merely marks it as one (a number, a `Вопрос:` label, bold around it).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { codeLines, squashSpaces } from '../markdown-lines.ts';
import { plainText } from '../plain-text.ts';

/**
 * Words a question opens with. English imperatives that also open topic names ("List
 * comprehensions", "Name mangling") are left out: a heading is a topic unless it reads as a question.
 */
const QUESTION_WORD =
  /^(?:что|как|чем|зачем|почему|отчего|какой|какая|какое|какие|каким|какими|каких|какую|когда|где|куда|откуда|сколько|кто|кому|для чего|в ч[её]м|можно ли|нужно ли|есть ли|назовите|расскажите|опишите|объясните|перечислите|приведите|сравните|what|how|why|when|which|where|who|whom|whose|explain|describe|compare|define)(?=[\s,:.—–-]|$)/iu;
/** `12. `, `12) `, `Q12. `, `Вопрос 12. `: a numbered heading or summary. */
const NUMBERING = /^\s*(?:(?:q|в|вопрос|question)\s*№?\s*\d{1,4}[.):]|\d{1,4}[.)])\s+/iu;

/** Whether a line of plain text reads as a question. */
export function readsAsQuestion(text: string): boolean {
  const bare = text.trim();
  return /\?[)»"'”]*$/.test(bare) || QUESTION_WORD.test(bare.replace(NUMBERING, '')) || NUMBERING.test(bare);
}

/** Emoji before or after a question's words: `❓ Что такое GIL?`, `What is a view? 🔥`. */
const EMOJI_AROUND = /^[\p{Extended_Pictographic}\uFE0F\u200D\s►‣▸]+|[\s\uFE0F\u200D]*[\p{Extended_Pictographic}][\p{Extended_Pictographic}\uFE0F\u200D\s]*$/gu;

/** The question without its number, label or emoji: `3. Что такое ORM?`, `Q3. …`, `Вопрос: …`, `❓ …` → `Что такое ORM?`. */
export function withoutNumber(text: string): string {
  const bare = text.replace(EMOJI_AROUND, '').replace(NUMBERING, '');
  return afterLabel(bare, QUESTION_LABEL)?.trimStart() || bare;
}

/**
 * Headings that name no question and hold none, whatever their body: a table of contents, a
 * licence, a list of links. A section under one is skipped, not a card.
 */
const NO_QUESTION =
  /^(?:table of contents|contents|содержание|оглавление|license|licence|лицензия|contributing|contributors|как помочь( проекту)?|useful links|links|ссылки|полезные ссылки|полезные материалы|resources|ресурсы|источники|references|литература|see also|см\.? также|acknowledgements|благодарности|changelog|todo|conclusion|заключение|вместо заключения|итоги|introduction|intro|введение|предисловие|about|об авторе)$/iu;

/** Whether a heading names boilerplate rather than a topic or a question (emoji and punctuation aside). */
export function namesNoQuestion(text: string): boolean {
  return NO_QUESTION.test(text.replace(/[^\p{L}\p{N}\s.]/gu, '').replace(/\s+/g, ' ').trim());
}

/**
 * The plain text of one line of markdown, as a question reads (plain-text.ts: names keep their
 * underscores, a question bold as a whole is its words), whitespace squashed.
 */
export function plainLine(markdown: string): string {
  const tree = fromMarkdown(markdown.trim());
  return squashSpaces(tree.children.map((node) => plainText(node, markdown.trim())).join(' '));
}

/**
 * A label opening a line: `Ответ:`, `**Ответ**:`, `**Ответ:**`, `__A__:`, `A.` (a period needs a
 * space after it), an emoji before it (`✅ Ответ:`), a number after the word (`Вопрос 3:`).
 */
const label = (words: string): RegExp =>
  new RegExp(
    String.raw`^(\s*)(?:[\p{Extended_Pictographic}️]\s*)?(?:(?:\*\*|__|\*|_)(?:${words})(?:\s*№?\s*\d{1,4})?\s*(?:[:：]|\.(?=\s|\*|_))?\s*(?:\*\*|__|\*|_)\s*(?:[:：]|\.(?=\s))?|(?:${words})(?:\s*№?\s*\d{1,4})?\s*(?:[:：]|\.(?=\s)))[ 	]*`,
    'iu',
  );

/** `Вопрос:`, `**Вопрос 3:**`, `Question:`, `Q:`, `**Q.**`, `В:` at the start of a line. */
export const QUESTION_LABEL = label('вопрос|question|q|в');
/** `Ответ:`, `**Ответ**:`, `Answer:`, `A:`, `A.`, `О:`, `✅ Ответ:` at the start of a line. */
export const ANSWER_LABEL = label('ответ|answer|a|о');

/** The separator a label ends with: without one, `**В**` is a bold letter, not a label. */
const LABEL_END = /[:：.]/;

/** Whether the line opens with a label of `pattern`. */
export function labelled(line: string, pattern: RegExp): boolean {
  const match = pattern.exec(line);
  return match !== null && LABEL_END.test(match[0]);
}

/** The line without its label, or null when it has none. */
export function afterLabel(line: string, pattern: RegExp): string | null {
  const match = pattern.exec(line);
  if (!match || !LABEL_END.test(match[0])) return null;
  return match[1]! + line.slice(match[0].length);
}

/** `- ` or `1. ` opening a line, with the spaces after it. */
const ITEM_MARKER = /^( *)(?:[-*+]|\d{1,9}[.)])( +|$)/;

/**
 * An answer's lines without the label that opens them: `Ответ: …`, or a nested `- **Ответ**: …`
 * item. A labelled item alone in its list is unwrapped, its continuation lines dedented with it.
 */
export function dropAnswerLabel(lines: readonly string[]): string[] {
  // The label may come after the code the question asks about: the first labelled line at the margin.
  const at = labelAt(lines);
  if (at > 0) return [...lines.slice(0, at), ...dropAnswerLabel(lines.slice(at))];
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  const plain = afterLabel(first, ANSWER_LABEL);
  if (plain !== null) return [plain.trimStart(), ...rest];
  const marker = ITEM_MARKER.exec(first);
  if (!marker) return [...lines];
  const inside = afterLabel(first.slice(marker[0].length), ANSWER_LABEL);
  if (inside === null) return [...lines];
  const items = splitItems(lines);
  // `- **Ответ**: …` alone, or beside items that are all labelled too (`- **Пример**: …`): paragraphs.
  if (items.length > 1 && !items.slice(1).every((item) => BOLD_LABEL.test(item[0]!.replace(ITEM_MARKER, '')))) {
    return [`${marker[0]}${inside.trimStart()}`, ...rest];
  }
  return items.flatMap((item, i) => {
    const head = ITEM_MARKER.exec(item[0]!)!;
    const width = head[0].length;
    const text = i === 0 ? inside.trimStart() : item[0]!.slice(width);
    return [...(i === 0 ? [] : ['']), text, ...item.slice(1).map((line) => line.slice(Math.min(/^ */.exec(line)![0].length, width)))];
  });
}

/** The labelled line (in an item or not) right after the code the question asks about; 0 when there is none. */
function labelAt(lines: readonly string[]): number {
  const code = codeLines(lines);
  const at = lines.findIndex((line, i) => !code[i] && line.trim() !== '');
  return at > 0 && labelled(lines[at]!.replace(ITEM_MARKER, ''), ANSWER_LABEL) ? at : 0;
}

/** A bold label opening an item: `**Пример**:`, `**Пример:**`. */
const BOLD_LABEL = /^(?:\*\*|__)[^*_\n]{1,40}?(?::(?:\*\*|__)|(?:\*\*|__)\s*:)/u;

/** A list's lines, item by item: a new item at each marker at the list's own indent. */
function splitItems(lines: readonly string[]): string[][] {
  const indent = ITEM_MARKER.exec(lines[0]!)![1]!.length;
  const items: string[][] = [];
  for (const line of lines) {
    const marker = ITEM_MARKER.exec(line);
    if (marker && marker[1]!.length === indent) items.push([line]);
    else items[items.length - 1]!.push(line);
  }
  return items;
}
