import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadSchedulerEngine } from '../src/core/scheduler.ts';
import { loadMessages } from '../src/i18n/messages.ts';

// The app loads ts-fsrs after its first card (src/core/scheduler.ts), and English only when it is
// chosen (src/i18n/messages.ts); tests schedule and speak English from the start.
await Promise.all([loadSchedulerEngine(), loadMessages('en')]);

afterEach(() => {
  cleanup();
  // Node-environment tests (the parser, the CLI) have no storage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
