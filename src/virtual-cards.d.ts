/** The notes, parsed at build time by scripts/vite-plugin-cards.ts. */
declare module 'virtual:cards' {
  import type { Collection } from './core/types.ts';

  export const collection: Collection;
}
