/**
 * The cards in a run of nodes under one heading (or under none), found by the shape recognisers in
 * one walk: each node is offered to them in turn, and the nodes none claims are left over, in runs,
 * for parse-notes to treat as a `##` card's answer or as skipped text.
 */
import type { RootContent } from 'mdast';
import { opensDetails, recogniseAskedDetails, recogniseDetails } from './details.ts';
import { holdsInline, recogniseInline } from './inline.ts';
import { asksBeforeAnswer, isBoldQuestion, opensLabelPair, recogniseBoldQuestion, recogniseLabelPairs } from './label-pairs.ts';
import { recogniseListItems } from './list-items.ts';
import { isComment, type CleanSource, type Found } from './source.ts';
import { holdsTable, recogniseTable } from './table.ts';

export interface BlockCards extends Found {
  /** Runs of consecutive nodes that no recogniser claimed. */
  leftovers: RootContent[][];
  /** How many of the block's lines the recognisers are sure are cards (Found.sureLines). */
  sureLines: number;
}

export function cardsInBlock(source: CleanSource, nodes: readonly RootContent[]): BlockCards {
  const out: BlockCards = { cards: [], skipped: [], leftovers: [], sureLines: 0 };
  let run: RootContent[] = [];
  const take = (found: Found, claimed: readonly RootContent[]): void => {
    out.sureLines += found.sureLines ?? claimed.reduce((sum, n) => sum + n.position!.end.line - n.position!.start.line + 1, 0);
    if (run.length > 0) out.leftovers.push(run);
    run = [];
    out.cards.push(...found.cards);
    out.skipped.push(...found.skipped);
  };
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!;
    const claimed = claim(source, nodes, i);
    if (claimed) {
      take(claimed, nodes.slice(i, claimed.end));
      i = claimed.end;
    } else {
      if (!isComment(node)) run.push(node);
      i++;
    }
  }
  if (run.length > 0) out.leftovers.push(run);
  return out;
}

/** What a recogniser makes of the node at `i` and the nodes it claims after it, up to `end`. */
function claim(source: CleanSource, nodes: readonly RootContent[], i: number): (Found & { end: number }) | null {
  const node = nodes[i]!;
  if (opensDetails(node)) return recogniseDetails(source, nodes, i);
  const asked = recogniseAskedDetails(source, nodes, i);
  if (asked) return asked;
  if (opensLabelPair(source, node) || asksBeforeAnswer(source, nodes, i)) return recogniseLabelPairs(source, nodes, i, (next) => opensShape(source, next));
  // One bold question in a section is a sub-heading of its prose; two or more are its questions.
  if (isBoldQuestion(source, node) && nodes.some((other, k) => k !== i && isBoldQuestion(source, other))) {
    return recogniseBoldQuestion(source, nodes, i, (next) => opensShape(source, next));
  }
  if (holdsTable(source, node)) return { ...recogniseTable(source, node), end: i + 1 };
  if (holdsInline(source, node)) return { ...recogniseInline(source, node), end: i + 1 };
  if (node.type === 'list') {
    const found = recogniseListItems(source, node);
    return found && { ...found, end: i + 1 };
  }
  return null;
}

/** Whether a node opens a shape of its own, which ends a label pair's answer. */
function opensShape(source: CleanSource, node: RootContent): boolean {
  return (
    opensDetails(node) ||
    opensLabelPair(source, node) ||
    isBoldQuestion(source, node) ||
    holdsTable(source, node) ||
    holdsInline(source, node) ||
    (node.type === 'list' && recogniseListItems(source, node) !== null)
  );
}
