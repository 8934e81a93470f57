import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadSchedulerEngine } from '../src/core/scheduler.ts';

// The app loads ts-fsrs after its first card (src/core/scheduler.ts); tests schedule from the start.
await loadSchedulerEngine();

afterEach(() => {
  cleanup();
  // Node-environment tests (the parser, the CLI) have no storage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
