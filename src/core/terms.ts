/**
 * Terms for the content audit: word stems and code identifiers, comparable across
 * Russian and English ("тестирования" and "Testing" share the stem "test").
 *
 * Deliberately crude and small: a few inflection endings stripped, Cyrillic
 * transliterated, the first four letters kept. The audit only needs "do these two
 * texts talk about the same thing", not linguistics, and it runs over 10,000 cards
 * inside the build's time budget. A full Snowball stemmer would be more precise and
 * slower, for no gain in what the audit reports. An acronym the answer spells out
 * instead of naming (ACID → Atomicity, Consistency, …) counts as named.
 */

const STOP_WORDS = new Set(
  (
    'что такое это как какие какой какая каким какую чем чего где когда зачем почему для при через между ' +
    'и в во на с со по из к ко о об от до за не ни а но или ли же бы то так также такие таких такой ' +
    'вы мы они он она оно их его ее её им ими нас вас все всё был была было были быть есть может можно нужно ' +
    'назовите опишите расскажите объясните перечислите знаете др т д тд т.д. ' +
    'the a an of to in is are and or for with how what why which on by as be it its do does'
  ).split(' '),
);

const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ый', 'ий', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ую', 'юю', 'ия', 'ии', 'ию', 'ью', 'ов', 'ев',
  'ы', 'и', 'а', 'я', 'о', 'е', 'у', 'ю', 'ь', 'й',
];

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh',
  щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'u', я: 'a',
};

const STEM_LENGTH = 4;

/** The set of terms in a text: stems of words, and code identifiers kept whole. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
    const word = match[0];
    if (/_|[a-z][A-Z]/.test(word)) {
      // An identifier counts whole (select_related) and by its words (SessionMiddleware → middleware).
      terms.add(word.toLowerCase());
      for (const part of word.split(/_|(?<=[a-z])(?=[A-Z])/)) addWord(terms, part);
      continue;
    }
    addWord(terms, word);
  }
  return terms;
}

function addWord(terms: Set<string>, word: string): void {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  if (lower.length < 2 || STOP_WORDS.has(lower) || /^\d+$/.test(lower)) return;
  terms.add(stem(lower));
}

/** Cyrillic letters that look like a Latin one, or stand for its sound in a loanword (Консистентность). */
const LOOKALIKE: Record<string, string> = { в: 'b', н: 'h', р: 'p', с: 'cs', у: 'y', х: 'xh', к: 'kc', ц: 'c' };

/**
 * The acronyms of a question (ACID, DRY, SOLID) that its answer spells out without naming
 * them: the initials of consecutive words ("Don't Repeat Yourself", "атомарность,
 * согласованность, изолированность и долговечность") or of consecutive items of a list or
 * an enumeration ("- Atomicity …", "Single responsibility, Open–closed, …").
 */
export function spelledAcronyms(question: string, answer: string): string[] {
  const acronyms = [...new Set(question.match(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}])/gu) ?? [])];
  const unnamed = acronyms.filter((acronym) => !new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'iu').test(answer));
  if (unnamed.length === 0) return [];
  const words = (text: string): string[] =>
    (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  const runs = [
    words(answer).map(initial),
    answer.split(/\n|[,;]/).flatMap((item) => words(item.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')).slice(0, 1).map(initial)),
  ];
  return unnamed.filter((acronym) => runs.some((run) => spellsAt(run, acronym.toLowerCase())));
}

function initial(word: string): string {
  return word[0]!.toLowerCase();
}

/** Whether the letters of `acronym` occur as consecutive initials somewhere in `run`. */
function spellsAt(run: readonly string[], acronym: string): boolean {
  const fits = (letter: string, first: string): boolean =>
    first === letter || (TRANSLIT[first] ?? '').startsWith(letter) || (LOOKALIKE[first] ?? '').includes(letter);
  for (let start = 0; start + acronym.length <= run.length; start++) {
    if (Array.from(acronym).every((letter, k) => fits(letter, run[start + k]!))) return true;
  }
  return false;
}

function stem(word: string): string {
  let base = word;
  if (/[а-я]/.test(base)) {
    for (const ending of ENDINGS) {
      if (base.length - ending.length >= 3 && base.endsWith(ending)) {
        base = base.slice(0, -ending.length);
        break;
      }
    }
    base = Array.from(base, (ch) => TRANSLIT[ch] ?? ch).join('');
  }
  return base.slice(0, STEM_LENGTH);
}
