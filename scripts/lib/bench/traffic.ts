/**
 * Bytes per phase of a browser session, counted two ways:
 *  - server: the body bytes our static server sent (every request, the Pagefind
 *    worker's included), with a gzip estimate of the same files for a host that compresses;
 *  - cdp: Chrome's `Network.loadingFinished` encodedDataLength for the page
 *    (headers + body as received; a dedicated worker's requests are not seen there).
 * A phase is a label set before the action that causes the requests.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';
import type { AnyRequest, AnyResponse, Served } from '../static-server.ts';

export interface PhaseTraffic {
  requests: number;
  serverBytes: number;
  gzipBytes: number;
  cdpBytes: number;
  /** Requests not finished yet. */
  pending: number;
  urls: string[];
  /** Files sent (path, body bytes) whose gzip estimate settle() has not added yet. */
  sent: [string, number][];
}

export class Traffic {
  phase = 'idle';
  readonly phases = new Map<string, PhaseTraffic>();
  private readonly gzipCache = new Map<string, number>();
  private readonly cdpPhase = new Map<string, string>();
  private readonly root: string;

  constructor(served: Served, root: string) {
    this.root = root;
    // HTTP/1.1 or HTTP/2 (its compatibility API): the same request and response methods.
    (served.server as { on(event: 'request', listener: (req: AnyRequest, res: AnyResponse) => void): unknown }).on(
      'request',
      (req, res) => {
        const at = this.get(this.phase);
        at.requests++;
        at.pending++;
        const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        at.urls.push(url);
        // Count the body as it is written (the server pipes files into `res`).
        let bytes = 0;
        const body = res as unknown as { write: (...a: unknown[]) => boolean; end: (...a: unknown[]) => unknown };
        const write = body.write.bind(res);
        const end = body.end.bind(res);
        const size = (chunk: unknown) =>
          typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0;
        body.write = (chunk: unknown, ...rest: unknown[]) => {
          bytes += size(chunk);
          return write(chunk, ...rest);
        };
        body.end = (chunk?: unknown, ...rest: unknown[]) => {
          if (typeof chunk !== 'function') bytes += size(chunk);
          return end(chunk, ...rest);
        };
        res.on('close', () => {
          at.pending--;
          if (res.statusCode === 200) {
            at.serverBytes += bytes;
            // The gzip estimate is made in settle(), after the phase: compressing here would
            // hold up the server (and the measured query) with work no real host does.
            at.sent.push([url, bytes]);
          }
        });
      },
    );
  }

  /** Follows the page's own requests through the Chrome DevTools protocol. */
  async attach(cdp: CDPSession): Promise<void> {
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      this.cdpPhase.set(e.requestId, this.phase);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const phase = this.cdpPhase.get(e.requestId);
      if (phase) this.get(phase).cdpBytes += e.encodedDataLength;
    });
  }

  get(phase: string): PhaseTraffic {
    let at = this.phases.get(phase);
    if (!at) this.phases.set(phase, (at = { requests: 0, serverBytes: 0, gzipBytes: 0, cdpBytes: 0, pending: 0, urls: [], sent: [] }));
    return at;
  }

  /** Waits until the phase has no request in flight and `quietMs` passed without a new one. */
  async settle(phase: string, quietMs = 150, timeoutMs = 10_000): Promise<PhaseTraffic> {
    const at = this.get(phase);
    const end = Date.now() + timeoutMs;
    let last = -1;
    while (Date.now() < end) {
      const before = at.requests;
      await new Promise((r) => setTimeout(r, quietMs));
      if (at.pending === 0 && at.requests === before && last === before) break;
      last = at.requests;
    }
    for (const [url, bytes] of at.sent.splice(0)) at.gzipBytes += this.gzipOf(url, bytes);
    return at;
  }

  private gzipOf(url: string, bytes: number): number {
    let size = this.gzipCache.get(url);
    if (size === undefined) {
      try {
        const path = this.root + (url.endsWith('/') ? `${url}index.html` : url);
        size = gzipSync(readFileSync(path), { level: 6 }).length;
      } catch {
        size = bytes;
      }
      this.gzipCache.set(url, size);
    }
    return size;
  }
}
