/**
 * Partial answers, for the content audit (audit.ts). Two shapes only, each narrow enough
 * to stay silent on answers that do answer:
 * - answers slid by one: a question asking for kinds ("Какие виды авторизации вы знаете?")
 *   gets a bare definition ("Авторизация - это …") while a neighbouring answer, already
 *   found to fit this question better than its own, holds the list. Without that neighbour
 *   a definition may be all the author meant to write, so it is left alone;
 * - an evasive answer: its first paragraph says it cannot answer ("затрудняюсь ответить",
 *   "не знаю"). First person only: "сервер не знает о клиенте" is an answer.
 * Left out: an answer about a neighbouring idea (the Meta card explains metaclasses). The
 * audit compares word stems, and "Meta" and "метаклассы" share theirs; telling them apart
 * needs meaning, and a rule that guessed would flag answers that are fine.
 */
import type { Card } from './types.ts';

/** A question that asks for a list of kinds, types or tools. */
const ASKS_FOR_KINDS = /^(?:какие|назовите|перечислите)(?![\p{L}])|(?<![\p{L}])(?:виды|типы|разновидности)(?![\p{L}])/iu;
/** `Term - это …`: the answer opens by defining the term. */
const DEFINITION = /^[^\n.:]{1,80}\s[-—–]\s(?:это|is)\s/iu;
/** Anything that enumerates: a list, "такие как", a colon before items, three commas. */
const ENUMERATES = /\n\s*(?:[-*+]|\d+[.)])\s|такие как|например|:\s*\S|(?:,[^,]+){3}/iu;
const EVASIVE =
  /(?<![\p{L}])(?:затрудняюсь (?:ответить|сказать)|не знаю|не могу (?:ответить|сказать)|(?:сложно|трудно) сказать|без понятия|не помню|i don'?t know|not sure)(?![\p{L}])/iu;

/** The answer sets its subject against another: naming that other is no sign of a slide. */
const COMPARES = /(?<![\p{L}])(?:аналог\p{L}*|в отличие от|как и|похож\p{L}*|отлича\p{L}*|чем у|unlike|like)(?![\p{L}])/iu;

/**
 * Whether an answer has the shape its question asks for, so that sharing no word with the
 * question, or sharing a neighbour's words, is no evidence of a slide: a bare list of names
 * for "Какие методы HTTP вы знаете?" ("GET, POST, PUT, PATCH, DELETE" — no word of the
 * question can be in it), or a comparison that names a neighbour's subject ("Неизменяемый
 * аналог list"). A list introduced by its own subject ("методы авторизации, такие как…")
 * is not bare: under a question about caching, that subject is the evidence.
 */
export function answersInKind(card: Card): boolean {
  return (ASKS_FOR_KINDS.test(card.question) && isBareList(card.answer)) || COMPARES.test(card.answer);
}

/** Three or more short items (up to four words), separated by commas or list lines, and nothing else. */
function isBareList(answer: string): boolean {
  const items = answer
    .replace(/[.;]\s*$/, '')
    .split(/,|\n/)
    .map((item) => item.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\s+и\s+/, ' ').trim())
    .filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4);
}

export interface PartialAnswer {
  index: number;
  reason: string;
}

/**
 * Cards of one deck whose answer is partial. `fitsBetter` maps a card's index to the index of
 * the neighbour whose question its answer fits better (audit.ts found those).
 */
export function partialAnswers(cards: readonly Card[], fitsBetter: ReadonlyMap<number, number>): PartialAnswer[] {
  const found: PartialAnswer[] = [];
  for (const [holder, asked] of fitsBetter) {
    const card = cards[asked]!;
    if (fitsBetter.has(asked) || !ASKS_FOR_KINDS.test(card.question)) continue;
    if (!DEFINITION.test(card.answer) || ENUMERATES.test(card.answer)) continue;
    const where = cards[holder]!.number ?? `«${cards[holder]!.question}»`;
    found.push({ index: asked, reason: `the answer only defines the term; the list the question asks for sits in answer ${where} (the answers slid)` });
  }
  cards.forEach((card, index) => {
    const evasive = EVASIVE.exec(card.answer.split(/\n\s*\n/)[0] ?? '');
    if (evasive) found.push({ index, reason: `the answer says it cannot answer («${evasive[0]}»)` });
  });
  return found;
}
