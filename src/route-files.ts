/**
 * A second entry, tiny and importing nothing: it fetches the opened route's own code beside the app's.
 *
 * Quiz, weak, browse, stats and settings are chunks of their own (src/app/lazy-screens.tsx), which
 * the app asks for only once its entry has downloaded and run: on a phone's network, one more round
 * trip and download after the entry's. The build lists each route's files in
 * `<meta name="route-files">` (scripts/vite-plugin-route-files.ts). This script runs as soon as it
 * arrives, long before the entry, and preloads the files of the route in the address bar, so they
 * download with the entry; the app's import() then finds them loaded. Nothing here renders: what
 * the screen shows is the app's alone.
 */

/** Route name (the first segment of the hash: `quiz` for `#/quiz/<deck>`) → files, relative to the page. */
export type RouteFiles = Record<string, readonly string[]>;

/** The files to preload for a location hash; none for a route whose code is in the entry. */
export function filesForHash(hash: string, files: RouteFiles): readonly string[] {
  const name = /^#\/([^/?#]*)/.exec(hash)?.[1] ?? '';
  return Object.hasOwn(files, name) ? files[name]! : [];
}

/** Adds a preload link for each of the route's files to the document's head. */
export function preloadRouteFiles(doc: Document, hash: string): void {
  let files: RouteFiles;
  try {
    files = JSON.parse(doc.querySelector<HTMLMetaElement>('meta[name="route-files"]')?.content ?? '{}') as RouteFiles;
  } catch {
    return; // A hint only: the app loads the route's code itself in any case.
  }
  for (const href of filesForHash(hash, files)) {
    const link = doc.createElement('link');
    link.rel = href.endsWith('.css') ? 'preload' : 'modulepreload';
    if (href.endsWith('.css')) link.setAttribute('as', 'style');
    // As the app's own requests for them are made (module scripts and Vite's stylesheet links are
    // CORS requests), so the preloaded responses are the ones used.
    link.setAttribute('crossorigin', '');
    link.href = href;
    doc.head.append(link);
  }
}

preloadRouteFiles(document, location.hash);
