// @vitest-environment node
/**
 * The adversarial corpus (tests/fixtures/notes): one small notes file per case, each with
 * an `.expected.json` saying what a person reading the file expects — its decks, cards,
 * skipped lines, hard errors and audit warnings. Every file, and the author's notes, is also
 * held to the parser's promise: no text of a section is lost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditMismatches } from '../../src/core/audit.ts';
import { afterChatHeader } from '../../src/core/chat-export.ts';
import { parseNotes, type ParsedNotes } from '../../src/core/parse-notes.ts';
import type { CardShape, NotesFile } from '../../src/core/types.ts';
import { realNotes } from '../support/notes.ts';

const DIR = 'tests/fixtures/notes/';

interface Expected {
  expect: string;
  decks: { id: string; title: string; cards: number }[];
  /** A fixture of a shape (docs/notes-format.md) also pins each card's shape and topic. */
  cards: { number?: number; line: number; shape?: CardShape; topic?: string; question: string; answer: string }[];
  skipped: { line: number; reason: string }[];
  errors: string[];
  warnings: string[];
}

const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({
    name,
    notes: { path: name, text: readFileSync(DIR + name, 'utf8') } satisfies NotesFile,
    expected: JSON.parse(readFileSync(DIR + name.replace(/\.md$/, '.expected.json'), 'utf8')) as Expected,
  }));

describe('the notes corpus', () => {
  it.each(fixtures)('$name gives what a person reading it expects', ({ notes, expected }) => {
    const parsed = parseNotes(notes);
    const shapes = expected.cards.some((c) => c.shape !== undefined);
    expect({
      decks: parsed.decks.map((d) => ({ id: d.id, title: d.title, cards: d.cardCount })),
      cards: parsed.cards.map((c) => ({
        ...(c.number !== undefined ? { number: c.number } : {}),
        line: c.source.line,
        ...(shapes ? { shape: c.shape, ...(c.topic ? { topic: c.topic } : {}) } : {}),
        question: c.question,
        answer: c.answer,
      })),
      skipped: parsed.skipped.map((s) => ({ line: s.line, reason: s.reason })),
      errors: parsed.errors.map((e) => `${e.line}: ${e.detail}`),
      warnings: auditMismatches(parsed.cards).map((w) => w.message),
    }, expected.expect).toEqual(withoutExpect(expected));
  });

  it.each([...fixtures, { name: 'content/django-orm.md', notes: realNotes() }])(
    '$name loses no text: every line is in a card, in a skipped entry, or markup',
    ({ notes }) => {
      expect(unaccountedLines(notes, parseNotes(notes))).toEqual([]);
    },
  );

  it('the promise check itself notices a card that went missing', () => {
    const notes = realNotes();
    const parsed = parseNotes(notes);
    const lost = { ...parsed, cards: parsed.cards.filter((c) => c.number !== 41) };
    expect(unaccountedLines(notes, lost)).toEqual([
      '314: 41. Какие инструменты используются для межпроцессового взаимодействия в Django и Flask?',
      '370: 41. В Django и Flask для межпроцессов',
      '373: ого взаимодействия используются различные методы, такие как использование сокетов, очередей сообщений и др.',
    ]);
  });

  it('well-answered corpus: the audit still notices answers that slid down a list', () => {
    const { notes } = fixtures.find((f) => f.name === 'well-answered-numbered.md')!;
    const lines = notes.text.split('\n');
    const first = lines.findIndex((line) => line.startsWith('1. Атомарность'));
    // Answers 4–7 slide down one place: 5 holds answer 4's text, …, and answer 4 says «Не помню».
    const slid = lines.map((line, i) => {
      const n = i - first + 1;
      return n >= 5 && n <= 8 ? `${n}. ${lines[i - 1]!.replace(/^\d+\.\s/, '')}` : n === 4 ? '4. Не помню.' : line;
    });
    const parsed = parseNotes({ path: notes.path, text: slid.join('\n') });
    const flagged = auditMismatches(parsed.cards).map((w) => w.message.replace(/^(\d+)\. .* — /, '$1: '));
    // 8 now holds a bare list of index kinds under "Что такое ORM?": no word says so.
    expect(flagged).toEqual([
      '4: the answer says it cannot answer («Не помню»)',
      '5: the answer fits question 4 better',
      '6: the answer fits question 5 better',
      '7: the answer fits question 6 better',
    ]);
  });
});

function withoutExpect({ expect: _sentence, ...rest }: Expected): Omit<Expected, 'expect'> {
  return rest;
}

const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$|(?=\S))/;
/**
 * Lines that are markup, not text: underlines, empty bullets or bare numbers, fences, labels, the
 * tags of a `<details>` block and a summary that only says "Answer", a question/answer table's
 * header and delimiter rows.
 */
const MARKUP = [
  /^\s{0,3}(?:=+|-+)\s*$/,
  /^\s{0,3}(?:\d{1,9}[.)]|[-*+])\s*$/,
  /^\s{0,3}(?:`{3,}|~{3,})/,
  /^\s*(?:#{1,6}\s+)?(?:\*\*)?(?:ответы?|answers?)(?:\*\*)?\s*:?\s*$/iu,
  /^\[(?:Forwarded from|In reply to|Переслано от|В ответ на)/u,
  /^\s*(?:<\/?details[^>]*>\s*)+$/i,
  /^\s*(?:<details[^>]*>\s*)?<summary[^>]*>(?:<[^>]+>|\s)*(?:show answer|answer|показать ответ|ответ)[^<]*(?:<[^>]+>|\s)*<\/summary>\s*$/i,
  /^\s*\|?(?:[^|]*\|)*\s*(?:вопрос|question|q)\s*\|\s*(?:ответ|answer|a)\s*(?:\|[^|]*)*$/iu,
  /^\s*(?:\*\*)?\[[^\]]*\]\(#[^)]*\)(?:\*\*)?\s*$/u,
  /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/,
];

/** A question's or an answer's label or number at the start of a line: `**Вопрос:**`, `A:`, `О:`, `Q2.`, `Вопрос 5.`. */
const LABEL = /^(?:(?:вопрос|ответ|question|answer|q|a|в|о)\s*[:.]|(?:q|вопрос|question)\s*№?\s*\d{1,4}[.):])\s*/iu;
/** What parts a question from its answer on one line, or the cells of a row: `::`, `:::`, `|`, `<br>`, a dash after a question. */
const PARTS = /\s*(?::{2,3}|\||<br\s*\/?>|(?<=\?)\s+[—–-])\s*/iu;
/** Emoji around a question's words, which the question drops. */
const EMOJI = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;

/** Where answers that run together on one line part: `… объект. 2. Неизменяемые …`. */
const RUN_TOGETHER = /(?<=[.!?…][)\]»"'”]*)\s+\d{1,4}[.)]\s+/u;

/**
 * The promise, checked line by line: a non-blank line of the file that is no chat header and
 * no markup is in some card's question or answer, or in a skipped entry's range (from its line
 * to the next card, skip, heading or thematic break), or names the deck or a topic.
 */
function unaccountedLines(notes: NotesFile, parsed: ParsedNotes): string[] {
  const raw = notes.text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const texts = parsed.cards.map((c) => normalize(`${c.question}\n${c.answer}`));
  const names = new Set([...parsed.decks.map((d) => normalize(d.title)), ...parsed.cards.map((c) => normalize(c.topic ?? ''))]);
  const introLines = new Set(parsed.decks.filter((d) => d.kind === 'numbered').map((d) => d.source.line));
  const starts = [
    ...parsed.cards.map((c) => c.source.line),
    ...parsed.skipped.map((s) => s.line),
    ...raw.flatMap((line, i) => (HEADING.test(line) || THEMATIC_BREAK.test(line) ? [i + 1] : [])),
  ].sort((a, b) => a - b);
  const skippedRange = (line: number): boolean =>
    parsed.skipped.some((s) => s.line <= line && !starts.some((start) => start > s.line && start <= line));

  const lost: string[] = [];
  let comment = false;
  raw.forEach((rawLine, i) => {
    const lineNo = i + 1;
    const message = afterChatHeader(rawLine);
    const line = message ?? rawLine;
    const inComment = comment || line.trim().startsWith('<!--');
    comment = inComment && !line.includes('-->');
    if (line.trim() === '' || inComment || MARKUP.some((markup) => markup.test(line)) || THEMATIC_BREAK.test(line)) return;
    if (introLines.has(lineNo) || skippedRange(lineNo)) return;
    const content = normalize(
      line
        .replace(/^\s{0,3}#{1,6}\s*/, '')
        .replace(/\s#+\s*$/, '')
        .replace(/^\s*(?:\d{1,9}[.)]|[-*+])\s+/, '')
        .replace(/\s*\{#[\w-]+\}\s*$/, '')
        .replace(/<\/?[a-z][^>]*>/gi, ' ')
        .replace(EMOJI, ''),
    ).replace(LABEL, '');
    const found = (piece: string): boolean => names.has(piece) || texts.some((text) => text.includes(piece));
    // Answers run together on one line are split after a sentence's end, a question from its answer
    // at `::`, a row at its pipes: each piece is in a card (a number before a summary's question is markup).
    const pieces = (parts: string[]): boolean => parts.map((p) => p.replace(/^\d{1,4}[.)]\s+/, '').replace(LABEL, '')).filter((p) => p !== '').every(found);
    if (found(content) || pieces(content.split(RUN_TOGETHER)) || pieces(content.split(PARTS))) return;
    lost.push(`${lineNo}: ${rawLine}`);
  });
  return lost;
}

/** Markup aside (a line break's `\` too): a link reads as its text and URL, as in a plain-text question (src/core/plain-text.ts). */
function normalize(text: string): string {
  return text
    .replace(/\\$/gm, '')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, '$1 ($2)')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
