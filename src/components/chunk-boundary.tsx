import { Component } from 'react';
import type { ReactNode } from 'react';

export interface ChunkBoundaryProps {
  /** Shown instead of the children if they throw, e.g. a lazy chunk that cannot load (offline, a new deploy). */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a failing part of a screen (a lazy section) from taking the whole app down with it. */
export class ChunkBoundary extends Component<ChunkBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
