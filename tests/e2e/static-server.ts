/**
 * A throwaway static host for the browser tests that need to control the server itself: stop it
 * (offline for real, not only in the page's eyes) or swap the files it serves (a new deploy).
 * `vite preview` can do neither while the suite runs.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Where the app is, ending in a slash. */
  url: string;
  /** Serve another folder from now on (a deploy). */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

/** Serve `root` on a free port of localhost (a secure context, so service workers run). */
export async function serveStatic(root: string): Promise<StaticServer> {
  let current = root;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(current))) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        // No HTTP caching: what the service worker caches is what is under test.
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    setRoot: (dir) => {
      current = dir;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
