/**
 * An answer's markdown, rendered with react-markdown + GFM (tables, task lists, strikethrough).
 * Safe by default and kept so: no rehype-raw, so raw HTML shows as text; react-markdown's
 * `defaultUrlTransform` blanks `javascript:` and other unsafe URLs.
 * This module and its dependencies (~64 KB gzip with Prism) are meant to load lazily: see lazy-markdown-answer.tsx.
 */
import { memo } from 'react';
import type { ComponentProps } from 'react';
import Markdown from 'react-markdown';
import type { Components, ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeBlock } from './code-block.tsx';

const remarkPlugins = [remarkGfm];

function languageOf(className: string | undefined): string | undefined {
  return className?.match(/(?:^|\s)language-(\S+)/)?.[1];
}

/**
 * Fenced and indented code goes to CodeBlock; inline code stays a plain `<code>`.
 * react-markdown v10 no longer says which is which, but mdast-util-to-hast ends every block's text
 * with a newline, while CommonMark turns line endings inside a code span into spaces
 * (https://spec.commonmark.org/0.31.2/#code-spans), so a newline means a block.
 */
function Code({ className, children }: ComponentProps<'code'> & ExtraProps) {
  const text = typeof children === 'string' ? children : undefined;
  if (text === undefined || !text.includes('\n')) return <code className={className}>{children}</code>;
  return <CodeBlock code={text.replace(/\n$/, '')} language={languageOf(className)} />;
}

/** CodeBlock draws its own `<pre>`; markdown's is dropped so blocks are not nested. */
function Pre({ children }: ComponentProps<'pre'> & ExtraProps) {
  return <>{children}</>;
}

/**
 * Every link opens in a new tab so the study session survives, without giving the page `window.opener`.
 * A link whose URL the sanitiser blanked (e.g. `javascript:`) is shown as its text only.
 */
function Link({ href, title, children }: ComponentProps<'a'> & ExtraProps) {
  if (!href) return <span className="link-removed">{children}</span>;
  return (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Wide tables scroll inside this wrapper instead of widening the page. */
function Table({ children }: ComponentProps<'table'> & ExtraProps) {
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="table-scroll" tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}

const components: Components = { code: Code, pre: Pre, a: Link, table: Table };

export interface MarkdownAnswerProps {
  /** The answer, as markdown. */
  markdown: string;
}

/** Renders an answer. Memoised: parsing and highlighting run again only when the markdown changes. */
export const MarkdownAnswer = memo(function MarkdownAnswer({ markdown }: MarkdownAnswerProps) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={remarkPlugins} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
});

// React.lazy needs a default export; the named export above is the one to import directly.
export default MarkdownAnswer;
