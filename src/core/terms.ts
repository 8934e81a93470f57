/**
 * Terms for the content audit: word stems and code identifiers, comparable across
 * Russian and English ("тестирования" and "Testing" share the stem "test").
 *
 * Deliberately crude and small: a few inflection endings stripped, Cyrillic
 * transliterated, the first four letters kept. The audit only needs "do these two
 * texts talk about the same thing", not linguistics, and it runs over 10,000 cards
 * inside the build's time budget. A full Snowball stemmer would be more precise and
 * slower, for no gain in what the audit reports.
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
  {
    const lower = word.toLowerCase().replace(/ё/g, 'е');
    if (lower.length < 2 || STOP_WORDS.has(lower) || /^\d+$/.test(lower)) return;
    terms.add(stem(lower));
  }
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
