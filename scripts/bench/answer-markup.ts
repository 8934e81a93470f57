/**
 * An answer's markdown as rendered markup, for the phone bench's reveal (scripts/bench/phone-run.ts):
 * the floor shows this HTML on Space, and both pages' reveals count as done once the answer holds
 * at least the elements this markup has (answerShape).
 *
 * Rendered with react-markdown and GFM, the library the app uses, on the server (react-dom/server),
 * so the floor's markup is what that library makes of the answer and no markdown converter is
 * written here. Only what the library makes counts, not how the app wraps it: the app may add
 * classes, wrappers or highlighted code, and a plain-text fallback (one `<p>` holding the raw
 * markdown) does not pass for an answer with lists, code or several paragraphs.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** The elements that show markdown was rendered: blocks, and inline code and emphasis. */
export const SHAPE_TAGS = ['p', 'li', 'pre', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'strong', 'em', 'del'] as const;

/** How many of each SHAPE_TAGS element an answer's rendered markup holds (tags it lacks are left out). */
export type AnswerShape = Partial<Record<(typeof SHAPE_TAGS)[number], number>>;

/** The answer's markdown as static HTML, as react-markdown with GFM renders it. */
export function answerHtml(markdown: string): string {
  return renderToStaticMarkup(createElement(Markdown, { remarkPlugins: [remarkGfm] }, markdown));
}

/** The shape of some rendered markup: how many of each SHAPE_TAGS element it opens. */
export function answerShape(html: string): AnswerShape {
  const shape: AnswerShape = {};
  for (const tag of SHAPE_TAGS) {
    const count = html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
    if (count > 0) shape[tag] = count;
  }
  return shape;
}

