/**
 * The one wrapper for a part of the page whose code loads on demand (a screen, the storage
 * notices, settings' data section): a loading line while it arrives (`quiet`: nothing), and a
 * message with a reload if it cannot.
 */
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { ErrorBoundary, PartFailed } from './error-boundary.tsx';

export function LazyPart({ children, quiet = false }: { children: ReactNode; quiet?: boolean }) {
  return (
    <ErrorBoundary fallback={(error) => <PartFailed error={error} heading={!quiet} />}>
      <Suspense fallback={quiet ? null : <Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="screen-loading" aria-busy="true">
      {t.loading}
    </p>
  );
}
