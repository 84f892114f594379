/**
 * The bench's `--http2` mode (scripts/lib/bench/http2-server.ts): files served over HTTP/2
 * with TLS by the same handler as the default server, a certificate made for the run that
 * Chromium accepts through its SPKI list (that key only), and the bench's byte counting
 * (scripts/lib/bench/traffic.ts) working on HTTP/2's responses too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/lib/bench/args.ts';
import { chromiumArgs, selfSigned, serveStaticHttp2 } from '../../scripts/lib/bench/http2-server.ts';
import { Traffic } from '../../scripts/lib/bench/traffic.ts';
import { useBrowser } from '../helpers/site-in-browser.ts';

const root = mkdtempSync(join(tmpdir(), 'bench-http2-'));
mkdirSync(join(root, 'data'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>h2</title><p>页面</p>');
for (let i = 0; i < 12; i++) writeFileSync(join(root, 'data', `${i}.bin`), Buffer.alloc(1000 + i, i));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tls = selfSigned();
const trusting = useBrowser(chromiumArgs(tls));
const plain = useBrowser();

describe('bench --http2', () => {
  it('is a flag of the bench, off by default', () => {
    expect(parseArgs([]).http2).toBe(false);
    expect(parseArgs(['--n', '10', '--search-only', '--http2'])).toMatchObject({ sizes: [10], searchOnly: true, http2: true });
  });

  it('serves the site over HTTP/2 to a Chromium that trusts its certificate, and the bench counts the bytes sent', async () => {
    const served = await serveStaticHttp2(root, tls);
    const traffic = new Traffic(served, root);
    const page = await trusting.browser.newPage();
    try {
      traffic.phase = 'load';
      await page.goto(served.url);
      expect(await page.textContent('p')).toBe('页面');
      // Twelve files at once: over HTTP/2 all on one connection.
      const protocols = await page.evaluate(async () => {
        await Promise.all(Array.from({ length: 12 }, (_, i) => fetch(`data/${i}.bin`).then((r) => r.arrayBuffer())));
        return [...new Set(performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).nextHopProtocol))];
      });
      expect(protocols).toEqual(['h2']);
      const t = await traffic.settle('load');
      expect(t.requests).toBeGreaterThanOrEqual(13);
      const files = Array.from({ length: 12 }, (_, i) => 1000 + i).reduce((a, b) => a + b, 0);
      expect(t.serverBytes).toBeGreaterThanOrEqual(files);
      expect(t.urls).toContain('/data/11.bin');
    } finally {
      await page.close();
      await served.close();
    }
  });

  it('is refused by a Chromium not told to trust that certificate', async () => {
    const served = await serveStaticHttp2(root, tls);
    const page = await plain.browser.newPage();
    try {
      await expect(page.goto(served.url)).rejects.toThrow(/ERR_CERT/);
    } finally {
      await page.close();
      await served.close();
    }
  });
});
