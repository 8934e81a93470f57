/**
 * The Web Worker that parses imported notes (src/app/notes-parser.ts sends it work), so that a
 * large file does not hold the page. It runs the build's parser and checks (src/core/notes-parse.ts).
 */
import { answerParseRequest } from '../core/notes-parse.ts';
import type { ParseReply, ParseRequest } from '../core/notes-parse.ts';

// The worker's global scope, typed without the webworker lib (the app's tsconfig is the DOM's).
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ParseRequest>) => void) | null; postMessage(reply: ParseReply): void };

scope.onmessage = (event) => scope.postMessage(answerParseRequest(event.data));
