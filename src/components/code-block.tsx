/**
 * Syntax-highlighted code, the only module that talks to Prism (lint enforces it).
 * Prism tokenises; React renders the tokens as `<span class="token …">`, so no HTML string is ever injected.
 */
import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Token, TokenStream } from 'prismjs';
import Prism from 'prismjs/components/prism-core';
// The grammars the notes use, and nothing else: each one is a few KB in the lazy answer chunk.
import 'prismjs/components/prism-python';
import 'prismjs/components/prism-bash';
import 'prismjs/components/prism-sql';
import 'prismjs/components/prism-json';

// Prism would otherwise rewrite `.language-*` elements in the page one frame after it loads,
// behind React's back. The check runs when that frame comes, so setting it here is in time.
Prism.manual = true;

export type CodeLanguage = 'python' | 'bash' | 'sql' | 'json';

/** The default for fences without a language: the notes are for Python interviews. */
export const DEFAULT_CODE_LANGUAGE: CodeLanguage = 'python';

const LANGUAGE_ALIASES: Readonly<Record<string, CodeLanguage>> = {
  python: 'python',
  python3: 'python',
  py: 'python',
  pycon: 'python',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  console: 'bash',
  sql: 'sql',
  postgresql: 'sql',
  postgres: 'sql',
  psql: 'sql',
  sqlite: 'sql',
  mysql: 'sql',
  json: 'json',
};

/**
 * Maps a fence's info string to a highlighted language: none → python, a known alias → its language,
 * anything else (`text`, `yaml`…) → null, shown unhighlighted.
 */
export function resolveCodeLanguage(language: string | undefined): CodeLanguage | null {
  if (language === undefined || language.trim() === '') return DEFAULT_CODE_LANGUAGE;
  return LANGUAGE_ALIASES[language.trim().toLowerCase()] ?? null;
}

function tokenClassName(token: Token): string {
  const aliases = Array.isArray(token.alias) ? token.alias : token.alias ? [token.alias] : [];
  return ['token', token.type, ...aliases].join(' ');
}

function renderTokens(stream: TokenStream, key: string): ReactNode {
  if (typeof stream === 'string') return stream;
  if (Array.isArray(stream)) return stream.map((part, i) => renderTokens(part, `${key}.${i}`));
  return (
    <span key={key} className={tokenClassName(stream)}>
      {renderTokens(stream.content, key)}
    </span>
  );
}

/** Highlights `code` as React nodes; plain text when the language has no grammar. */
export function highlightCode(code: string, language: CodeLanguage | null): ReactNode {
  const grammar = language === null ? undefined : Prism.languages[language];
  if (grammar === undefined) return code;
  return renderTokens(Prism.tokenize(code, grammar), 't');
}

export interface CodeBlockProps {
  /** The code, without the trailing newline markdown adds. */
  code: string;
  /** The fence's info string; missing means python. */
  language?: string;
}

/**
 * A block of code that scrolls sideways inside itself, never widening the page.
 * Memoised twice: `memo` skips re-renders with the same props, `useMemo` skips re-tokenising.
 */
export const CodeBlock = memo(function CodeBlock({ code, language }: CodeBlockProps) {
  const resolved = resolveCodeLanguage(language);
  const highlighted = useMemo(() => highlightCode(code, resolved), [code, resolved]);
  return (
    // Focusable so keyboard users can scroll a long line (axe: scrollable-region-focusable).
    <pre className="code-block" data-language={resolved ?? 'text'} tabIndex={0}>
      <code>{highlighted}</code>
    </pre>
  );
});
