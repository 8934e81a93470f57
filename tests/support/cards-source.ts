/** What boot() fetches the cards from, made from notes text as the build makes it (scripts/vite-plugin-cards.ts). */
import type { CardsSource } from '../../src/app/boot.ts';
import { packCollection, writeIndexText } from '../../src/core/collection-pack.ts';
import { collectionOfNotes } from './notes.ts';

/** Rejections to give instead of the index or the answers (a download that failed). */
export interface CardsFailures {
  index?: Error;
  answers?: Error;
}

/** The cards of one notes file, served as the built app serves them. */
export function cardsSourceFor(notes: string, fail: CardsFailures = {}): CardsSource {
  const { index, answers } = packCollection(collectionOfNotes(notes));
  return {
    loadIndex: () => (fail.index ? Promise.reject(fail.index) : Promise.resolve(writeIndexText(index))),
    loadAnswers: () => (fail.answers ? Promise.reject(fail.answers) : Promise.resolve(answers)),
  };
}
