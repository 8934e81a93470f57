import '@testing-library/jest-dom/vitest';
// IndexedDB, as a browser has it, where imported notes are kept (src/store/notes-vault.ts).
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two shared cores and other test files running beside: a lazily loaded part (the markdown
// renderer, a screen) is transformed on first use, which can outlast findBy*'s 1 s default.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  // Node-environment tests (the parser, the CLI) have no storage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
