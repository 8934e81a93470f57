/**
 * Card ids. A card's progress is keyed by its id, so the id must survive what authors
 * do to notes all the time: fix a typo in the answer, re-punctuate or re-case the
 * question, reflow whitespace. The id is a hash of the question's words, lower-cased,
 * with ё folded to е. A bigger rewording gets a new id unless the author pins the old
 * one with `{#id}` at the end of the question (see README, "Card ids").
 */

/** `{#my-id}` at the end of a question pins its id. */
const PIN = /\s*\{#([A-Za-z0-9][\w-]{0,63})\}\s*$/;

/** Splits a pinned id off a question: `Что такое ORM? {#orm}` → `{ text: 'Что такое ORM?', pinned: 'orm' }`. */
export function splitPinnedId(question: string): { text: string; pinned?: string } {
  const match = PIN.exec(question);
  if (!match) return { text: question };
  return { text: question.slice(0, match.index), pinned: match[1]! };
}

/** The words of a question, for identity: case, punctuation, whitespace and ё/е do not count. */
export function normalizeQuestion(question: string): string {
  const words = question.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu);
  return words ? words.join(' ') : '';
}

/** The id a question gets when none is pinned. */
export function cardIdFor(question: string): string {
  return `c${hash53(normalizeQuestion(question)).toString(36).padStart(11, '0')}`;
}

/**
 * cyrb53: a small, well-distributed 53-bit string hash (public domain, bryc).
 * At 10,000 cards the chance of any collision is about 10^-8; a collision would
 * still be caught as a duplicate id, never merged silently. Also fingerprints the
 * notes in an export file (src/core/progress-file.ts).
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
