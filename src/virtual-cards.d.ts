/** The notes, parsed at build time by scripts/vite-plugin-cards.ts. */
declare module 'virtual:cards' {
  import type { PackedIndex } from './core/collection-pack.ts';

  /**
   * The collection without its answers (unpack with src/core/collection-pack.ts). In a build it is a
   * JSON file fetched once beside the code, so this rejects when that fetch fails.
   */
  export function loadIndex(): Promise<PackedIndex>;
  /** The answers, in the order of the index's cards. Fetched on the first call. */
  export function loadAnswers(): Promise<string[]>;
}
