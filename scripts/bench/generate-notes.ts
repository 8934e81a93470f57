/**
 * A generated collection in the notes' own style, for the benchmark: `##` sections with
 * lists, code without a language and `---` breaks, and numbered "50 questions" blocks whose
 * answers run together after chat-export headers. Deterministic: the same text every run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Notes text holding about `cards` cards, built from the seed's own sections and answers. */
export function generateNotes(cards: number, seedPath = 'content/django-orm.md'): string {
  const seed = readFileSync(seedPath, 'utf8');
  const sections = seed
    .split(/\n(?=## )/)
    .map((s) => s.split(/\n---\s*\n/)[0]!)
    .filter((s) => s.startsWith('## ') && s.length > 40);
  const answers = seed.split('\n').filter((line) => /^\d+\. .{30,}/.test(line)).map((l) => l.replace(/^\d+\. /, ''));
  const out: string[] = ['Сгенерированные заметки', '=======================', '# Django', ''];
  let made = 0;
  let round = 0;
  while (made < cards) {
    round++;
    // 60 % sections, 40 % numbered questions, as a mixed collection would have.
    for (const section of sections) {
      if (made >= cards) break;
      const [heading, ...body] = section.split('\n');
      out.push(`${heading} (${round}-${made})`, ...body, '');
      made++;
    }
    const batch = Math.min(50, cards - made);
    if (batch <= 0) break;
    out.push('---', '', `Иван Иванов, [30.08.2023 21:${String(round % 60).padStart(2, '0')}]`, `Ниже приведены ${batch} вопросов, часть ${round}:`, '');
    for (let n = 1; n <= batch; n++) out.push(`${n}. Вопрос ${round}-${n}: ${answers[n % answers.length]!.slice(0, 40)}?`);
    out.push('', 'Ответы:', '');
    for (let n = 1; n <= batch; n++) {
      // Each answer belongs to its question, as in the real notes (the audit flags 3 of their 64
      // cards), except one in twenty taken from the next question, as pasted lists drift.
      const answer = answers[(n % 20 === 0 ? n + 1 : n) % answers.length]!;
      if (n === Math.ceil(batch / 2)) {
        // A message cut mid-word by the export.
        out.push(`${n}. ${answer.slice(0, 20)}`, '', `Иван Иванов, [30.08.2023 21:25]`, `${answer.slice(20)}`);
      } else {
        out.push(`${n}. ${answer}`);
      }
    }
    out.push('', 'Это лишь небольшой набор вопросов.', '');
    made += batch;
  }
  return out.join('\n');
}

/**
 * Generates `cards` cards of notes into `<work>/content/generated.md`, where a build of the app
 * reads them (FLASHCARDS_CONTENT_DIR), and returns them as the cards CLI would read that file.
 */
export function writeGeneratedNotes(work: string, cards: number): { path: string; text: string } {
  const text = generateNotes(cards);
  mkdirSync(join(work, 'content'));
  writeFileSync(join(work, 'content', 'generated.md'), text);
  return { path: 'content/generated.md', text };
}
