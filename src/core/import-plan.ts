/**
 * What an import would change, worked out before anything is applied, so the learner can choose
 * between merging and replacing knowing the numbers.
 */
import { mergeAll } from './progress-merge.ts';
import type { CardProgress } from './types.ts';

export interface ImportPlan {
  /** Merge mode: the records to write (card id → merged record). */
  mergeChanges: Map<string, CardProgress>;
  /** Merge mode: cards the browser has no progress for, cards whose progress changes, and the rest. */
  added: number;
  updated: number;
  unchanged: number;
  /** Replace mode: cards with progress now, and those of them the file does not have (their progress goes). */
  current: number;
  removedByReplace: number;
  /** Cards in the file that are not in the notes (kept, dormant). */
  notInNotes: number;
}

/** The plan for importing `incoming` over `current`, given the ids of the cards in the notes. O(n). */
export function planImport(
  current: ReadonlyMap<string, CardProgress>,
  incoming: ReadonlyMap<string, CardProgress>,
  noteIds: ReadonlySet<string>,
): ImportPlan {
  const mergeChanges = mergeAll(current, incoming);
  let added = 0;
  for (const id of mergeChanges.keys()) if (!current.has(id)) added += 1;
  let removedByReplace = 0;
  for (const id of current.keys()) if (!incoming.has(id)) removedByReplace += 1;
  let notInNotes = 0;
  for (const id of incoming.keys()) if (!noteIds.has(id)) notInNotes += 1;
  return {
    mergeChanges,
    added,
    updated: mergeChanges.size - added,
    unchanged: incoming.size - mergeChanges.size,
    current: current.size,
    removedByReplace,
    notInNotes,
  };
}
