import type { SessionQueue } from '../../src/core/queue.ts';
import { takeNext } from '../../src/core/queue.ts';

/** Take every card `q` hands out at `now`; their ids, in the order taken. */
export function drainQueue(q: SessionQueue, now: number): string[] {
  const ids: string[] = [];
  for (let item = takeNext(q, now); item; item = takeNext(q, now)) ids.push(item.cardId);
  return ids;
}
