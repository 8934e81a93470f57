/**
 * The one error boundary: a part of the page that throws while rendering, or whose lazily loaded
 * code cannot be fetched (offline before it was cached, a deploy that removed it), is replaced by
 * `fallback`; the rest of the app keeps working. Never a white page.
 */
import { Component } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';

export interface ErrorBoundaryProps {
  /** What shows instead of the children once they have thrown. */
  fallback: ReactNode | ((error: Error) => ReactNode);
  children: ReactNode;
}

/** Give it a `key` that changes with what it wraps (the route), so that moving on tries again. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { fallback } = this.props;
    return typeof fallback === 'function' ? fallback(error) : fallback;
  }
}

/** How browsers word a dynamic import that could not be fetched (Chromium, Firefox, Safari). */
const CHUNK_FAILED = /dynamically imported module|error loading dynamically|importing a module script failed/i;

/**
 * What a failed part says: that its code could not be loaded (check the connection), or that it
 * could not be shown; either way, with a reload. `heading` gives it the screen's h1.
 */
export function PartFailed({ error, heading = false }: { error: Error; heading?: boolean }) {
  const t = useT();
  return (
    <section role="alert" className="notice">
      {heading ? <h1>{t.errorTitle}</h1> : null}
      <p>{CHUNK_FAILED.test(error.message) ? t.errorChunkLoad : t.errorScreen}</p>
      <button type="button" className="link-button" onClick={() => window.location.reload()}>
        {t.errorReload}
      </button>
    </section>
  );
}
