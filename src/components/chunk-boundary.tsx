import { Component } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';

export interface ChunkBoundaryProps {
  /** Shown instead of the children if they throw; by default a message with a reload button. */
  fallback?: ReactNode;
  children: ReactNode;
}

/** A lazily loaded part that failed to load (offline before it was cached, a deploy that removed it). */
class Boundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Wrap a React.lazy part: if its chunk cannot be fetched, say so (and by default offer a reload)
 * instead of leaving a blank screen. The rest of the app keeps working.
 */
export function ChunkBoundary({ fallback, children }: ChunkBoundaryProps) {
  const t = useT();
  const message = fallback ?? (
    <div role="alert" className="notice">
      <p>{t.errorChunkLoad}</p>
      <button type="button" className="link-button" onClick={() => window.location.reload()}>
        {t.errorReload}
      </button>
    </div>
  );
  return <Boundary fallback={message}>{children}</Boundary>;
}
