/**
 * A plain static file server for the benchmark: the app and the floor page are served by the same
 * code. Two ways:
 *
 * - the desktop bench (the default): uncompressed (loopback needs no compression, and compressing
 *   would only add noise) and without HTTP caching, so every load in a fresh browser context is a
 *   cold one;
 * - `{ host: true }`, for the phone bench: as a real static host serves files. Text types go out
 *   gzipped (compressed once, at start, so no request waits for it), hashed build assets are
 *   cached for a year as immutable, everything else (index.html, the service workers, the manifest,
 *   the floor's files) is `no-cache`: kept, but revalidated with its ETag on every use.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** What a static host compresses: text. Images are compressed already. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg', '.webmanifest']);

export interface StaticServer {
  /** e.g. `http://127.0.0.1:43121` */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve as a static host does: gzip and cache headers (see the top of this file). */
  host?: boolean;
}

/**
 * Whether a URL path is a build asset whose name carries its content hash (Vite's `assets/` output,
 * `index-3lL4I9EH.js`, `cards-f2ff9f6440.json`, and Workbox's runtime `workbox-2fbc6a65.js`): such a
 * file never changes under its name, so a host may let browsers keep it for good.
 */
export function isHashedAsset(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^workbox-[0-9a-f]{8}\.js$/.test(name)) return true;
  return /\/assets\//.test(path) && /-[\w-]{8,}\.[a-z0-9]+$/i.test(name);
}

/** The Cache-Control a static host sends for `path` (see isHashedAsset). */
export function cacheControlFor(path: string): string {
  return isHashedAsset(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Whether a file of this extension goes out gzipped when the browser accepts it. */
export function isCompressed(path: string): boolean {
  return COMPRESSED.has(extname(path));
}

interface Prepared {
  body: Buffer;
  gzipped: Buffer | null;
  etag: string;
}

/** Every file under `root`, read and (the text ones) gzipped once, by absolute path. */
function prepareFiles(root: string): Map<string, Prepared> {
  const files = new Map<string, Prepared>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) {
        const body = readFileSync(file);
        const { mtimeMs, size } = statSync(file);
        // Level 9, as hosts that precompress at deploy time use; on the fly they often use 6.
        const gzipped = isCompressed(file) ? gzipSync(body, { level: 9 }) : null;
        files.set(file, { body, gzipped, etag: `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"` });
      }
    }
  };
  walk(root);
  return files;
}

/** Serves `root` on a free loopback port. A path ending in `/` serves its index.html. */
export function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = normalize(root);
  // The host mode reads the files once, at start; the desktop mode streams them from disk.
  const prepared = options.host ? prepareFiles(base) : null;
  const resolve = (req: IncomingMessage): string | null => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep)) return null;
    if (prepared) return prepared.has(file) ? file : null;
    try {
      return statSync(file).isFile() ? file : null;
    } catch {
      return null;
    }
  };
  const server = createServer((req, res) => {
    const file = resolve(req);
    if (file === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (prepared) serveAsHost(req, res, `/${relative(base, file).split(sep).join('/')}`, prepared.get(file)!);
    else {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

function serveAsHost(req: IncomingMessage, res: ServerResponse, path: string, file: Prepared): void {
  const headers: Record<string, string | number> = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cacheControlFor(path),
    etag: file.etag,
  };
  if (file.gzipped) headers.vary = 'Accept-Encoding';
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = file.gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzipped! : file.body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
