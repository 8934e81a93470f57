/**
 * The key points of an answer, and how much of them a typed answer covers (the interview
 * rehearsal, docs/interview.md). Worked out from the answer and its corrections, in three kinds:
 *
 * - `code`: an inline code span or a fenced block's names (`makemigrations`, `request.session`),
 *   found only as typed exactly, case included: code is not inflected;
 * - `item`: a list item, or one part of an enumeration after a colon ("ORM, система маршрутизации,
 *   система шаблонов"), covered when about half of its words are;
 * - `term`: a word that carries the answer, matched on its stem (Snowball, Russian and English),
 *   ignoring case and ё/е, so "миграциями" covers "миграции".
 *
 * Words that carry nothing are left out: function words, the question's own words (repeating the
 * question is not an answer), and words that most answers of the deck share ("Django", "Flask" in
 * the 50 junior questions), which tell no answer from another. Pure, and only in the interview's chunk.
 * How a typed answer is matched against the points: src/core/coverage.ts.
 *
 * Not the audit's terms (src/core/terms.ts): those cut every word to four transliterated letters, so that
 * "тестирования" meets "Testing"; here that would take "процедура" for "процесс". Coverage must tell
 * answers apart, so it stems with Snowball.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import type { Card } from './types.ts';

export type KeyPointKind = 'code' | 'item' | 'term';

/** What a typed answer must hold: a word's stem, or a code identifier exactly. */
export type Need = { stem: string } | { code: string };

export interface KeyPoint {
  kind: KeyPointKind;
  /** As the notes write it, to show in the list. */
  label: string;
  needs: readonly Need[];
  /** How many of `needs` cover the point. */
  min: number;
}

/** The words that are in most answers of the decks asked (see genericStems); empty for a small deck. */
export type GenericStems = ReadonlySet<string>;

/** At most this many points an answer: a list a learner reads at a glance, the most telling ones. */
export const MAX_KEY_POINTS = 12;
/** A word in more than this share of a deck's answers tells no answer from another. */
const GENERIC_SHARE = 0.2;
/** Below this many answers, shares say nothing. */
const GENERIC_MIN_CARDS = 10;
/** Enough answers to know a deck's common words; a 10,000-card deck is sampled evenly. */
const GENERIC_SAMPLE = 400;

const FUNCTION_WORDS = new Set(
  (
    'и в во не что на с со как а то все всё она он оно они так его её ее но да к у же вы мы за бы по только мне было вот от ' +
    'меня еще ещё нет о об из ему когда даже ну ли если уже или ни быть был была были будет него до вас там тут где есть надо ' +
    'для их чем сам без чего раз тоже себе себя под кто этот эта это эти этого этой этом этих тот та те того том тем потому какой ' +
    'какая какие каких каким можно при над после через про всего них много три два один одна между более менее также так же ' +
    'который которая которое которые которого которой котором которых которым такой такая такое такие таких таким т д др п ' +
    'например либо чтобы чтоб вместо кроме около всех всем весь вся всю здесь сейчас очень свой своя свои своих своим ' +
    'знаю знать помню не-знаю первой первый стоит назвать может могут само плюс ним ними каждый каждого перед именно лишь ' +
    'часто нужно чаще ' +
    'the a an and or of to in on for with is are be been it its this that these those by as at from not no can do does ' +
    'you we they i etc e g eg ie vs'
  ).split(' '),
);

/** Stems of verbs and fillers every definition uses ("используется", "позволяет", "является"). */
const FILLER_STEMS = new Set([
  'использ',
  'позволя',
  'предоставля',
  'явля',
  'основ',
  'основн',
  'различн',
  'друг',
  'нужн',
  'котор',
  'всегд',
  'обычн',
  'нескольк',
  'люб',
  'сво',
  'так',
  'эт',
  'систем',
  'процесс',
  'механизм',
  'способ',
  'метод',
  'возможн',
  'работ',
  'добавля',
]);

/** A word: letters and digits, with inner hyphens ("объектно-ориентированной", "Flask-Migrate"). */
export const WORD = /[\p{L}\p{N}_]+(?:[-'][\p{L}\p{N}_]+)*/gu;
/** A code name: `request.session`, `SECRET_KEY`, `partial_update`. */
const CODE_NAME = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g;
const PYTHON_WORDS = new Set(
  'and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield self print'.split(' '),
);

/** The stem a word is matched on: lower case, ё as е, Snowball's Russian or English stemmer. */
export function stemOf(word: string): string {
  const folded = word.toLowerCase().replaceAll('ё', 'е');
  return /[а-я]/.test(folded) ? stemRussian(folded) : stemEnglish(folded);
}

interface Word {
  text: string;
  stem: string;
}

/** The words of plain text that can carry an answer, with their stems. */
function contentWords(text: string, skip: ReadonlySet<string>): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const text = match[0];
    // "Flask-Migrate" counts as its parts, so "Flask" in a deck of Flask answers is as generic alone as inside it.
    for (const part of /[a-z]/i.test(text) ? text.split('-') : [text]) {
      const folded = part.toLowerCase().replaceAll('ё', 'е');
      // A number of one digit carries nothing ("2 способа"); a status code or a port does ("404", "8000").
      if (FUNCTION_WORDS.has(folded) || /^\d$/.test(folded)) continue;
      // Short words carry nothing, but for abbreviations (БД, DB, UI) and numbers (3.12 has 12).
      if (folded.length < 3 && !/^(?:[A-ZА-ЯЁ]{2}|\d{2})$/.test(part)) continue;
      const stem = stemOf(part);
      if (stem.length < 2 || FILLER_STEMS.has(stem) || skip.has(stem)) continue;
      words.push({ text: part, stem });
    }
  }
  return words;
}

/** Markdown as the learner reads it: code marked as such, the rest as plain words. */
interface Pieces {
  /** One entry per inline code span, one per fenced block (its names). */
  code: { label: string; names: string[] }[];
  /** The prose, with code taken out, split into list items, enumeration parts and the rest. */
  items: string[];
  prose: string[];
}

const FENCE = /^[ \t]*(```|~~~)[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;
const CODE_SPAN = /`([^`\n]+)`/g;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(.+)$/;

/** The names a piece of code uses, without Python's own words: at most `limit`. */
function codeNames(code: string, limit: number): string[] {
  const names: string[] = [];
  for (const match of code.matchAll(CODE_NAME)) {
    const name = match[0];
    if (PYTHON_WORDS.has(name) || name.length < 2 || names.includes(name)) continue;
    names.push(name);
    if (names.length === limit) break;
  }
  return names;
}

/** Links as their text, emphasis and heading marks gone. */
function proseOf(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*~]{1,3}(?=\S)|(?<=\S)[*~]{1,3}/g, '')
    .replace(/^#{1,6}[ \t]+/gm, '');
}

/** An enumeration after a colon: three or more short parts, split on commas, semicolons and a last "и"/"and". */
function enumerationParts(sentence: string): string[] | null {
  const colon = sentence.indexOf(':');
  if (colon < 0) return null;
  const parts = sentence
    .slice(colon + 1)
    .replace(/\s+(?:и т\. ?д|и т\. ?п|и др|etc)\.?\s*$/i, '')
    .split(/[,;]\s*|\s+(?:и|или|and|or)\s+(?=[^,;]*$)/)
    .map((p) => p.trim().replace(/^[—–-]\s*/, '').replace(/[.!]$/, ''))
    .filter(Boolean);
  const balanced = (p: string) => p.split('(').length === p.split(')').length;
  if (parts.length < 3 || parts.some((p) => p.split(/\s+/).length > 8 || !balanced(p))) return null;
  return parts;
}

function splitPieces(markdown: string): Pieces {
  const pieces: Pieces = { code: [], items: [], prose: [] };
  const withoutFences = markdown.replace(FENCE, (_, _fence: string, body: string) => {
    const names = codeNames(body, 5);
    if (names.length > 0) pieces.code.push({ label: names.join(', '), names });
    return '\n';
  });
  for (const line of withoutFences.split('\n')) {
    const text = proseOf(
      line.replace(CODE_SPAN, (_, code: string) => {
        const names = codeNames(code, 3);
        if (names.length > 0 && !pieces.code.some((c) => c.label === code.trim())) pieces.code.push({ label: code.trim(), names });
        return code;
      }),
    );
    const item = LIST_ITEM.exec(text);
    if (item) {
      pieces.items.push(item[1] as string);
      continue;
    }
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ])/)) {
      const parts = enumerationParts(sentence);
      if (parts) {
        pieces.prose.push(sentence.slice(0, sentence.indexOf(':')));
        pieces.items.push(...parts);
      } else pieces.prose.push(sentence);
    }
  }
  return pieces;
}

/** What an answer is made of for key points: the answer and the corrections under it. */
export type Answered = Pick<Card, 'question' | 'answer' | 'corrections'>;

/**
 * The answer with what its corrections quote as wrong taken out (saying it again earns nothing),
 * and the corrections' text after it.
 */
function answerText(card: Answered): string {
  let answer = card.answer;
  for (const c of card.corrections ?? []) if (c.quote && !c.stale) answer = answer.replace(c.quote, ' ');
  return [answer, ...(card.corrections ?? []).map((c) => c.text)].join('\n\n');
}

/**
 * The stems shared by more than a fifth of the answers: they tell no answer from another. Counted
 * over the cards of the decks asked, at most GENERIC_SAMPLE of them; none for a deck under ten.
 */
export function genericStems(cards: readonly Answered[]): GenericStems {
  if (cards.length < GENERIC_MIN_CARDS) return new Set();
  const step = Math.max(1, cards.length / GENERIC_SAMPLE);
  const counts = new Map<string, number>();
  let sampled = 0;
  for (let i = 0; i < cards.length; i += step) {
    const card = cards[Math.floor(i)] as Answered;
    sampled += 1;
    for (const stem of new Set(contentWords(`${answerText(card)} ${card.question}`, new Set()).map((w) => w.stem))) {
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  const generic = new Set<string>();
  for (const [stem, count] of counts) if (count / sampled > GENERIC_SHARE) generic.add(stem);
  return generic;
}

/** The key points of a card's answer with its corrections, in the order the text has them. */
export function keyPoints(card: Answered, generic: GenericStems = new Set()): KeyPoint[] {
  const skip = new Set([...generic, ...contentWords(card.question, new Set()).map((w) => w.stem)]);
  const text = answerText(card);
  const pieces = splitPieces(text);
  // Where a point's words first come in the answer, to list the points in the answer's order.
  const at = (label: string): number => {
    const i = text.indexOf(label);
    return i < 0 ? text.length : i;
  };
  const seen = new Set<string>();
  const points: { point: KeyPoint; rank: number; order: number }[] = [];

  for (const { label, names } of pieces.code) {
    const fresh = names.filter((n) => !seen.has(n.toLowerCase()));
    if (fresh.length === 0) continue;
    for (const n of fresh) seen.add(n.toLowerCase());
    points.push({ point: { kind: 'code', label, needs: fresh.map((code) => ({ code })), min: fresh.length }, rank: 0, order: at(label) });
  }
  for (const item of pieces.items) {
    const words = contentWords(item, skip).filter((w) => !seen.has(w.text.toLowerCase()));
    const stems = [...new Set(words.map((w) => w.stem))].filter((s) => !seen.has(s));
    if (stems.length === 0) continue;
    for (const s of stems) seen.add(s);
    const min = stems.length <= 2 ? 1 : Math.ceil(stems.length / 2);
    points.push({ point: { kind: 'item', label: item.trim(), needs: stems.map((stem) => ({ stem })), min }, rank: 1, order: at(item.trim()) });
  }
  for (const sentence of pieces.prose) {
    for (const word of contentWords(sentence, skip)) {
      if (seen.has(word.stem) || seen.has(word.text.toLowerCase())) continue;
      seen.add(word.stem);
      points.push({ point: { kind: 'term', label: word.text, needs: [{ stem: word.stem }], min: 1 }, rank: 2, order: at(word.text) });
    }
  }
  // Code and list items first, then the words in the order they come: the start of an answer is its core.
  const kept = points
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, MAX_KEY_POINTS);
  return kept.sort((a, b) => a.order - b.order || a.i - b.i).map((p) => p.point);
}
