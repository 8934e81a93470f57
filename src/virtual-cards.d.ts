/** The notes, parsed at build time by scripts/vite-plugin-cards.ts. */
declare module 'virtual:cards' {
  /**
   * The collection without its answers, as JSON text: read it with readIndexText, then unpack it
   * (src/core/collection-pack.ts). In a build it is a file fetched once beside the code, so this
   * rejects when that fetch fails.
   */
  export function loadIndex(): Promise<string>;
  /**
   * The answers, in the order of the index's cards, then, when there is any, one more string: the
   * cards' corrections and the warnings about answers (src/core/answers-pack.ts). Pass them to
   * unpackCollection or withAnswers as they are. Fetched on the first call.
   */
  export function loadAnswers(): Promise<string[]>;
}
