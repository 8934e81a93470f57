export interface PlainAnswerFallbackProps {
  /** The answer's markdown source, shown as-is. */
  markdown: string;
}

/**
 * The answer as plain text, shown while the markdown chunk loads (or if it fails to):
 * the same box and font size as the rendered answer, so the page does not jump when it arrives.
 * Tiny on purpose: it must stay in the initial bundle.
 */
export function PlainAnswerFallback({ markdown }: PlainAnswerFallbackProps) {
  return (
    <div className="markdown markdown--plain">
      <p>{markdown}</p>
    </div>
  );
}
