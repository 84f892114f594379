/**
 * A plain static file server, as any host would be: files from `root`, mounted
 * under `base`; `/dir/` serves `dir/index.html`; nothing else is rewritten. Sends
 * `Last-Modified` and answers `If-Modified-Since` with 304, as every host does.
 * Used by `npm run serve` and by the browser tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Http2SecureServer, Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface Served {
  /** A plain HTTP/1.1 server, or (scripts/lib/bench/http2-server.ts) an HTTP/2 one over TLS. */
  server: Server | Http2SecureServer;
  /** Site URL including the base, e.g. `http://127.0.0.1:4321/archive/`. */
  url: string;
  /** Bytes sent so far, for benchmarks. */
  bytesSent(): number;
  close(): Promise<void>;
}

/** A request and its response, of HTTP/1.1 or of HTTP/2's compatibility API alike. */
export type AnyRequest = IncomingMessage | Http2ServerRequest;
export type AnyResponse = ServerResponse | Http2ServerResponse;

/** The file server's handler (files from `root` under `base`); `onSent(bytes)` is told each file's size as it is sent. */
export function staticHandler(
  root: string,
  base: string,
  onSent: (bytes: number) => void,
): (req: AnyRequest, res: AnyResponse) => Promise<void> {
  return async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound(res);
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return notFound(res);
    try {
      let target = file;
      let info = await stat(target);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          head(res, 301, { Location: `${path}/` }).end();
          return;
        }
        target = join(target, 'index.html');
        info = await stat(target);
      }
      // As every real host: a validator, and 304 when the browser's copy is current. Without
      // one, Chromium fetched /favicon.svg again on every query of /search/ (each rewrites the
      // URL), 255 bytes and a request a query that no real host sends (docs/PERFORMANCE.md).
      const modified = info.mtime.toUTCString();
      const since = Date.parse(req.headers['if-modified-since'] ?? '');
      if (!Number.isNaN(since) && Math.floor(info.mtimeMs / 1000) * 1000 <= since) {
        head(res, 304, { 'Last-Modified': modified }).end();
        return;
      }
      head(res, 200, {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Last-Modified': modified,
      });
      onSent(info.size);
      createReadStream(target).pipe(res as NodeJS.WritableStream);
    } catch {
      notFound(res);
    }
  };
}

export async function serveStatic(root: string, { base = '/', port = 0, host = '127.0.0.1' } = {}): Promise<Served> {
  let sent = 0;
  const server = createServer(
    staticHandler(root, base, (bytes) => {
      sent += bytes;
    }),
  );
  const actualPort = await listenOn(server, port, host);
  return {
    server,
    url: `http://${host}:${actualPort}${base}`,
    bytesSent: () => sent,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Stop now: a connection the browser still holds (a keep-alive socket, or a request the page
        // started as it loaded, e.g. the search index's warm-up) would keep close() waiting for ever.
        server.closeAllConnections();
      }),
  };
}

/** Starts `server` listening on `host`:`port` (0: any free port); the port it listens on. */
export async function listenOn(server: Server | Http2SecureServer, port: number, host: string): Promise<number> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** `writeHead` of either protocol's response (the same call; TypeScript cannot call it on the union). */
const head = (res: AnyResponse, status: number, headers: Record<string, string | number>) =>
  (res as ServerResponse).writeHead(status, headers);

function notFound(res: AnyResponse): void {
  head(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
}
