/**
 * The code check: every fenced Python block of every answer must parse (src/core/python-syntax.ts
 * says what is wrong when it does not). A fence without a language counts as Python, as the
 * parser marks it (these are Python notes). Output pasted into a block is reported like anything
 * else: a learner copying the block would paste it too.
 */
import { answerStart, fencedBlocks, findFence } from './note-lines.ts';
import { checkPython, type PythonCheck } from './python-syntax.ts';
import type { Card, ContentWarning } from './types.ts';

const PYTHON = new Set(['', 'python', 'py', 'python3']);

export interface CodeCheck {
  warnings: ContentWarning[];
  /** Names the notes' own code defines, so the name check does not take them for typos. */
  defined: Set<string>;
}

/**
 * Checks the Python blocks of `cards`; `lines` gives each notes file's lines (by path), to
 * report a problem at its line in the file.
 */
export function checkCode(cards: readonly Card[], lines: ReadonlyMap<string, readonly string[]>): CodeCheck {
  const out: CodeCheck = { warnings: [], defined: new Set() };
  // Generated and copied notes repeat blocks; each distinct block is parsed once.
  const seen = new Map<string, PythonCheck>();
  for (const card of cards) {
    if (!card.answer.includes('```') && !card.answer.includes('~~~')) continue;
    const file = lines.get(card.source.file) ?? [];
    let from: number | null = null;
    for (const block of fencedBlocks(card.answer)) {
      if (!PYTHON.has(block.lang)) continue;
      const code = block.lines.join('\n');
      let check = seen.get(code);
      if (!check) {
        check = checkPython(code);
        seen.set(code, check);
      }
      for (const name of check.defined) out.defined.add(name);
      if (check.problems.length === 0) continue;
      from ??= answerStart(file, card);
      const fence = findFence(file, from, block.lines);
      if (fence >= 0) from = fence + 1;
      for (const problem of check.problems) {
        out.warnings.push({
          kind: 'code',
          cardId: card.id,
          file: card.source.file,
          // Problems count lines from the block's first; the block starts on the line after its fence.
          line: fence >= 0 ? fence + 1 + problem.line : card.source.line,
          message: problem.message,
        });
      }
    }
  }
  return out;
}
