/**
 * The name check: a name in the notes that is not a documented name of Django, DRF, Flask or
 * Python's standard library but is within two edits of one is most likely a typo of it
 * (`csrf_except` for `csrf_exempt`), and a learner would learn the typo.
 *
 * Candidates are the names a reader would take for API names: backticked identifiers
 * (`delete`, `django.middleware.csrf.get_token()`: each part), and words in snake_case or
 * CamelCase anywhere in a question, an answer or its code. Ordinary words in either language
 * are neither, and stay quiet, as do known names (case aside) and the names the notes' own code
 * defines (`ThingSerializer`). Short words are skipped: at four or five letters, too many
 * names are one edit apart.
 */
import { answerStart, FENCE, findText } from './note-lines.ts';
import { createNameIndex, type NameIndex } from './name-index.ts';
import pythonNamesData from './python-names.json' with { type: 'json' };
import type { Card, ContentWarning } from './types.ts';

/** Shorter words are not checked. */
const MIN_LENGTH = 6;
/** From this length on, two edits; below it, one. */
const TWO_EDITS_FROM = 10;

const WORD = /(?<![\p{L}\p{N}_])[A-Za-z_][A-Za-z0-9_]*(?![\p{L}\p{N}_])/gu;
const CODE_SPAN = /`([^`\n]+)`/g;
/** A bare identifier or a dotted path, perhaps called: `get_token()`, `django.middleware.csrf`. */
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\(\))?$/;

let pythonNames: NameIndex | undefined;

/**
 * The index of the documented names (src/core/python-names.json), built on first use and kept:
 * it is constant data, and building it takes ~100 ms.
 */
export function pythonNameIndex(): NameIndex {
  pythonNames ??= createNameIndex(pythonNamesData.names);
  return pythonNames;
}

/** Whether a word looks like an API name: snake_case (an inner underscore) or CamelCase (a lower-case letter before a capital). */
export function looksLikeName(word: string): boolean {
  return /[A-Za-z0-9]_+[A-Za-z0-9]/.test(word) || /^__\w+__$/.test(word) || /[a-z][A-Z]/.test(word);
}

/** The words of a Django lookup (`price__range`) are checked one by one; a dunder (`__init__`) is one name. */
function partsOf(word: string): string[] {
  if (/^__\w+__$/.test(word) || !word.includes('__')) return [word];
  return word.split(/__+/).filter((part) => part !== '');
}

/** Candidate names of one line of prose (outside code blocks), in order. */
function proseCandidates(line: string): string[] {
  const out: string[] = [];
  for (const [, span] of line.matchAll(CODE_SPAN)) {
    const text = span!.trim();
    if (DOTTED.test(text)) out.push(...text.replace(/\(\)$/, '').split('.'));
    else out.push(...(text.match(WORD) ?? []).filter(looksLikeName));
  }
  out.push(...(line.replace(CODE_SPAN, ' ').match(WORD) ?? []).filter(looksLikeName));
  return out.flatMap(partsOf);
}

/** Candidate names of a card: question first, then the answer line by line (code blocks: snake/CamelCase words only). */
function candidates(card: Card): { word: string; inQuestion: boolean }[] {
  const out = proseCandidates(card.question).map((word) => ({ word, inQuestion: true }));
  let fence: string | null = null;
  for (const line of card.answer.split('\n')) {
    const open = FENCE.exec(line);
    if (fence !== null) {
      if (open && open[2]!.startsWith(fence) && open[3]!.trim() === '') fence = null;
      else for (const word of (line.match(WORD) ?? []).filter(looksLikeName).flatMap(partsOf)) out.push({ word, inQuestion: false });
      continue;
    }
    if (open) {
      fence = open[2]!;
      continue;
    }
    for (const word of proseCandidates(line)) out.push({ word, inQuestion: false });
  }
  return out;
}

/**
 * `identifier` warnings for names near a documented one. `own` holds the names the notes' code
 * defines; `lines` gives each notes file's lines (by path), to report the line a name is on.
 */
export function checkNames(
  cards: readonly Card[],
  lines: ReadonlyMap<string, readonly string[]>,
  own: ReadonlySet<string>,
  index: NameIndex = pythonNameIndex(),
): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const verdicts = new Map<string, string | null>();
  const suggestionFor = (word: string): string | null => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      const bare = word.replace(/^_+|_+$/g, '');
      verdict =
        bare.length < MIN_LENGTH || own.has(word) || index.has(word)
          ? null
          : (index.nearest(word, word.length >= TWO_EDITS_FROM ? 2 : 1) ?? null);
      verdicts.set(word, verdict);
    }
    return verdict;
  };

  for (const card of cards) {
    const reported = new Set<string>();
    let from: number | null = null;
    for (const { word, inQuestion } of candidates(card)) {
      const suggestion = suggestionFor(word);
      if (suggestion === null || reported.has(word)) continue;
      reported.add(word);
      let line = card.source.line;
      if (!inQuestion) {
        const file = lines.get(card.source.file) ?? [];
        from ??= answerStart(file, card);
        const at = findText(file, from, word);
        if (at >= 0) line = at + 1;
      }
      warnings.push({
        kind: 'identifier',
        cardId: card.id,
        file: card.source.file,
        line,
        message: `\`${word}\` is not a name Django, DRF, Flask or Python documents: did you mean \`${suggestion}\`?`,
        suggestion,
      });
    }
  }
  return warnings;
}
