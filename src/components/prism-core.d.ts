/**
 * Types for Prism's core-only entry point, which @types/prismjs does not describe.
 * Importing the core (not the `prismjs` bundle) keeps the markup, CSS and JavaScript grammars out of
 * the app; only code-block.tsx imports it. The types come from @types/prismjs's global `Prism` namespace,
 * so this file stays a script (no imports) and adds no runtime dependency.
 */
/// <reference types="prismjs" />

declare module 'prismjs/components/prism-core' {
  interface PrismCore {
    /** Set to true to stop Prism from highlighting `.language-*` elements on its own after load. */
    manual: boolean | undefined;
    languages: typeof Prism.languages;
    tokenize: typeof Prism.tokenize;
  }

  const core: PrismCore;
  export default core;
}
