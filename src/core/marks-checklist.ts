/**
 * Flags and stars as a markdown checklist the author of the notes can work through:
 *   - [ ] <question> — <note> (content/file.md:line)
 * Kept apart from marks.ts, which the start-up bundle needs; only browse exports.
 */
import type { Card, CardMark } from './types.ts';

type Marks = ReadonlyMap<string, CardMark>;

/** The words of the checklist, from the interface language. */
export interface ChecklistLabels {
  title: string;
  flagged: string;
  starred: string;
  /** For a mark whose card is no longer in the notes. */
  missingCard: (cardId: string) => string;
}

/** Keeps a question or note on one checklist line: markdown-significant line breaks become spaces. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

function checklistLine(cardId: string, mark: CardMark, card: Card | undefined, labels: ChecklistLabels, withNote: boolean): string {
  const what = card ? oneLine(card.question) : labels.missingCard(cardId);
  const note = withNote && mark.note ? ` — ${oneLine(mark.note)}` : '';
  const where = card ? ` (${card.source.file}:${card.source.line})` : '';
  return `- [ ] ${what}${note}${where}`;
}

/**
 * The marks as a markdown checklist, flagged cards first (`- [ ] <question> — <note> (content/file.md:line)`),
 * then starred ones, each group in the order of the notes; marks of cards no longer in the notes last.
 */
export function marksToMarkdown(marks: Marks, cards: readonly Card[], labels: ChecklistLabels): string {
  const position = new Map(cards.map((c, i) => [c.id, i]));
  const byCard = new Map(cards.map((c) => [c.id, c]));
  const sorted = [...marks].sort(([a], [b]) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || (a < b ? -1 : 1));
  const flagged = sorted.filter(([, m]) => m.flagged).map(([id, m]) => checklistLine(id, m, byCard.get(id), labels, true));
  const starred = sorted.filter(([, m]) => m.starred).map(([id, m]) => checklistLine(id, m, byCard.get(id), labels, false));
  const out = [`# ${labels.title}`, ''];
  if (flagged.length > 0) out.push(`## ${labels.flagged}`, '', ...flagged, '');
  if (starred.length > 0) out.push(`## ${labels.starred}`, '', ...starred, '');
  return out.join('\n');
}
