import { Component } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';

interface BoundaryProps {
  children: ReactNode;
}

/** A lazily loaded part that failed to load (offline before it was cached, a deploy that removed it). */
class Boundary extends Component<BoundaryProps & { message: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.message : this.props.children;
  }
}

/**
 * Wrap a React.lazy part: if its chunk cannot be fetched, say so and offer a reload instead of
 * leaving a blank screen. The rest of the app keeps working.
 */
export function ChunkBoundary({ children }: BoundaryProps) {
  const t = useT();
  const message = (
    <div role="alert" className="notice">
      <p>{t.errorChunkLoad}</p>
      <button type="button" className="link-button" onClick={() => window.location.reload()}>
        {t.errorReload}
      </button>
    </div>
  );
  return <Boundary message={message}>{children}</Boundary>;
}
