/**
 * Chat-export cleanup. Notes pasted from a messenger export carry message headers
 * between messages, and long messages are cut at a character limit — sometimes in the
 * middle of a word or right after a list number. Headers are message boundaries, never
 * content: we drop them and rejoin a message that the export cut.
 *
 * Header shapes recognised (outside fenced code only):
 * - Telegram Desktop, a line of its own: `Имя Фамилия, [30.08.2023 21:24]`, with seconds
 *   (`[30.08.2023 21:24:05]`), or in the English locale `Leonid Agapov, [8/30/2023 9:24 PM]`,
 *   and the `[Forwarded from …]` / `[In reply to …]` line it may put right under the header;
 * - WhatsApp on iOS, a prefix of the message's first line: `[30.08.23, 21:24:05] Имя: текст`;
 * - WhatsApp on Android, a prefix: `30.08.2023, 21:24 - Имя: текст`.
 *
 * This runs on lines before markdown parsing because a header changes how the
 * markdown around it parses (it is a paragraph of its own that splits a list).
 */
import { isWordCut, wordCounts } from './word-cut.ts';

const DATE = String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?`;
/** Telegram Desktop: `Name, [date time]` alone on its line. */
const TELEGRAM_HEADER = new RegExp(String.raw`^[^\s[\]][^[\]]{0,80}, \[${DATE},? ${TIME}\]:?\s*$`, 'u');
/** WhatsApp: `[date, time] Name: ` (iOS) or `date, time - Name: ` (Android) before the text. */
const WHATSAPP_PREFIX = new RegExp(
  String.raw`^\u200e?(?:\[${DATE},? ${TIME}\] |${DATE},? ${TIME} [-–] )[^:\n]{1,60}: ?`,
  'u',
);
/** What Telegram Desktop puts under a header when the message was forwarded or a reply. */
const TELEGRAM_NOTE = /^\[(?:Forwarded from|In reply to|Переслано от|В ответ на)(?:\s[^\]]*)?\]\s*$/u;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** A list marker with nothing after it: `7.` or `-`. The export cut right after it. */
const BARE_MARKER = /^\s{0,3}(?:\d{1,9}[.)]|[-*+])\s*$/;
const ENDS_WITH_LETTER = /\p{L}\s*$/u;
const STARTS_WITH_LOWERCASE = /^\s*\p{Ll}/u;
/** A line that ends a thought; anything else was probably cut. */
const FINISHED = /[.!?…:;)»"'`]\s*$/u;
const LIST_ITEM = /^\s{0,3}(?:\d{1,9}[.)]|[-*+])(?:\s|$)/;
/** Headings, thematic breaks, setext underlines and table rows are complete on their own. */
const STRUCTURE = /^\s{0,3}(?:#{1,6}(?:\s|$)|[-*_](?:\s*[-*_]){2,}\s*$|[=-]+\s*$|\|)/;

/** One line of cleaned text, with the 1-based line it came from in the file. */
export interface CleanLine {
  text: string;
  line: number;
  /** The first line of a chat message that does not go on with the message before it. */
  newMessage?: true;
}

/** Whether a line is a chat-export message header, alone or as the prefix of a message. */
export function isChatHeader(line: string): boolean {
  return TELEGRAM_HEADER.test(line) || WHATSAPP_PREFIX.test(line);
}

/**
 * Splits a chat header off a line: the message text that follows it on the same line
 * ('' for a header alone on its line), or null when the line is no header.
 */
export function afterChatHeader(line: string): string | null {
  if (TELEGRAM_HEADER.test(line)) return '';
  const prefix = WHATSAPP_PREFIX.exec(line);
  return prefix ? line.slice(prefix[0].length) : null;
}

/**
 * Drops chat-export headers (outside fenced code) and rejoins messages the export split.
 *
 * The message after a header continues the one before it when the export visibly cut it:
 * after a bare list marker (`7.` then the answer), or when it goes on in lowercase after a
 * line that does not end a thought. Whether a cut between two letters split one word or
 * fell between two is decided in word-cut.ts; other cuts are joined with a space. A message
 * that starts a new list item or a capitalised sentence is a new message and stays apart.
 */
export function cleanChatExport(lines: readonly string[]): CleanLine[] {
  const out: CleanLine[] = [];
  let fence: string | null = null;
  let afterHeader: 'telegram' | 'whatsapp' | null = null;
  let words: Map<string, number> | undefined;

  for (let i = 0; i < lines.length; i++) {
    let text = lines[i] ?? '';
    const lineNo = i + 1;
    if (fence !== null) {
      const close = FENCE.exec(text);
      if (close && close[1]!.startsWith(fence)) fence = null;
      out.push({ text, line: lineNo });
      continue;
    }

    const message = afterChatHeader(text);
    if (message !== null) {
      afterHeader = message === '' && TELEGRAM_HEADER.test(text) ? 'telegram' : 'whatsapp';
      if (message.trim() === '') continue;
      text = message;
    }
    fence = FENCE.exec(text)?.[1] ?? null;
    if (afterHeader === 'telegram' && TELEGRAM_NOTE.test(text)) continue;
    if (afterHeader !== null && text.trim() !== '') {
      afterHeader = null;
      const prevIndex = lastNonBlank(out);
      const prev = out[prevIndex];
      if (prev && fence === null && continuesCut(prev.text, text)) {
        // Whatever the header's shape, a cut between two letters is judged the same way.
        const glue = isCutInsideWord(prev.text, text, (words ??= wordCounts(lines)));
        out.length = prevIndex + 1;
        prev.text = glue ? prev.text + text : `${prev.text.trimEnd()} ${text.trim()}`;
        continue;
      }
      out.push({ text, line: lineNo, newMessage: true });
      continue;
    }
    out.push({ text, line: lineNo });
  }
  return out;
}

function lastNonBlank(out: readonly CleanLine[]): number {
  let i = out.length - 1;
  while (i >= 0 && out[i]!.text.trim() === '') i--;
  return i;
}

function continuesCut(prev: string, next: string): boolean {
  if (LIST_ITEM.test(next)) return false;
  if (BARE_MARKER.test(prev)) return true;
  const head = prev.trimEnd();
  return STARTS_WITH_LOWERCASE.test(next) && head !== '' && !FINISHED.test(head) && !STRUCTURE.test(head);
}

function isCutInsideWord(prev: string, next: string, words: ReadonlyMap<string, number>): boolean {
  return !BARE_MARKER.test(prev) && ENDS_WITH_LETTER.test(prev) && STARTS_WITH_LOWERCASE.test(next) && isWordCut(prev, next, words);
}
