/**
 * Chat-export cleanup. Notes pasted from a messenger export carry headers such as
 * `Леонид Агапов, [30.08.2023 21:24]` between messages, and long messages are cut
 * at a character limit — sometimes in the middle of a word or right after a list
 * number. Headers are message boundaries, never content: we drop them and rejoin
 * a message that the export cut.
 *
 * This runs on lines before markdown parsing because a header changes how the
 * markdown around it parses (it is a paragraph of its own that splits a list).
 */

/** `Name, [dd.mm.yyyy hh:mm]`, optionally with seconds, as Telegram Desktop exports it. */
const CHAT_HEADER = /^[^\s[\]][^[\]]{0,80}, \[\d{1,2}\.\d{1,2}\.\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\]\s*$/u;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** A list marker with nothing after it: `7.` or `-`. The export cut right after it. */
const BARE_MARKER = /^\s{0,3}(?:\d{1,9}[.)]|[-*+])\s*$/;
const ENDS_WITH_LETTER = /\p{L}$/u;
const STARTS_WITH_LOWERCASE = /^\p{Ll}/u;
/** A line that ends a thought; anything else was probably cut. */
const FINISHED = /[.!?…:;)»"'`]\s*$/u;
const LIST_ITEM = /^\s{0,3}(?:\d{1,9}[.)]|[-*+])(?:\s|$)/;
/** Headings, thematic breaks, setext underlines and table rows are complete on their own. */
const STRUCTURE = /^\s{0,3}(?:#{1,6}(?:\s|$)|[-*_](?:\s*[-*_]){2,}\s*$|=+\s*$|\|)/;

/** One line of cleaned text, with the 1-based line it came from in the file. */
export interface CleanLine {
  text: string;
  line: number;
}

/** Whether a line is a chat-export message header. */
export function isChatHeader(line: string): boolean {
  return CHAT_HEADER.test(line);
}

/**
 * Drops chat-export headers (outside fenced code) and rejoins messages the export split.
 *
 * The message after a header continues the one before it when the export visibly cut it:
 * after a bare list marker (`7.` then the answer), or when it goes on in lowercase. A letter
 * followed by a lowercase letter is one word cut in two ("межпроцессов" + "ого" →
 * "межпроцессового"); other cuts are joined with a space. A message that starts a new
 * list item or a capitalised sentence is a new message and stays apart.
 */
export function cleanChatExport(lines: readonly string[]): CleanLine[] {
  const out: CleanLine[] = [];
  let fence: string | null = null;
  let afterHeader = false;

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const lineNo = i + 1;
    const fenceMatch = FENCE.exec(text);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      out.push({ text, line: lineNo });
      continue;
    }
    if (fenceMatch) fence = fenceMatch[1]!;

    if (isChatHeader(text)) {
      afterHeader = true;
      continue;
    }
    if (afterHeader && text.trim() !== '') {
      afterHeader = false;
      const prevIndex = lastNonBlank(out);
      const prev = out[prevIndex];
      if (prev && continuesCut(prev.text, text.trim())) {
        out.length = prevIndex + 1;
        prev.text = joinCut(prev.text, text.trim());
        continue;
      }
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

function joinCut(prev: string, next: string): string {
  const head = prev.trimEnd();
  if (!BARE_MARKER.test(head) && ENDS_WITH_LETTER.test(head) && STARTS_WITH_LOWERCASE.test(next)) return head + next;
  return `${head} ${next}`;
}
