/**
 * A study session's first card and the counts beside it, from the cards' packed index and the
 * stored progress as parsed, before either is decoded: src/main.tsx paints it while the store does
 * not exist yet. At 10,000 cards with a year of history, decoding the progress, unpacking the cards
 * and creating the store take ~60 ms of the ~200 ms before a card could show (`npm run bench`);
 * this takes a few. The queue is the store's own (buildQueue, takeNext), so the two agree whenever
 * the stored progress reads the same both ways; main.tsx checks that they do before keeping it.
 */
import { PACKED_VERSION } from './collection-pack.ts';
import type { PackedIndex } from './collection-pack.ts';
import { buildQueue, remainingCounts, takeNext } from './queue.ts';
import type { QueueCounts, QueueOptions, QueueProgress } from './queue.ts';

export interface PeekedSession {
  cardId: string;
  question: string;
  topic?: string;
  remaining: QueueCounts;
}

/**
 * The first card of a session over one deck (or all, `deckId` null) at `now`, as startSession
 * would show it; null when there is none, or the deck or the index is not one this app knows.
 */
export function peekSession(index: PackedIndex, progress: QueueProgress, deckId: string | null, now: number, opts: QueueOptions): PeekedSession | null {
  if (index.v !== PACKED_VERSION) return null;
  const deck = deckId === null ? -1 : index.decks.findIndex((d) => d.id === deckId);
  if (deckId !== null && deck < 0) return null;
  const { id: ids, deck: decks } = index.cards;
  const scope: { id: string }[] = [];
  for (let i = 0; i < ids.length; i += 1) if (deck < 0 || decks[i] === deck) scope.push({ id: ids[i]! });
  const queue = buildQueue(scope, progress, now, opts);
  const item = takeNext(queue, now);
  if (!item) return null;
  const at = ids.indexOf(item.cardId);
  const topic = index.cards.topic[at]!;
  return {
    cardId: item.cardId,
    question: index.cards.question[at]!,
    ...(topic >= 0 ? { topic: index.topics[topic]! } : {}),
    remaining: remainingCounts(queue),
  };
}
