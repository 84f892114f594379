/**
 * Search in a real browser: the built site served as any host would serve it,
 * Debian's Chromium, a fresh context (empty cache). Loads /search/, then runs
 * the first query through the form and times it from submit to the finished
 * list (`#results[aria-busy=false]` and a final `#status`); then the other
 * queries one after another in the same page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../../../tests/helpers/browser.ts';
import { serveStatic, type Served } from '../static-server.ts';
import { chromiumArgs, selfSigned, serveStaticHttp2 } from './http2-server.ts';
import { median, quantile } from './stats.ts';
import { Traffic, type PhaseTraffic } from './traffic.ts';

export interface QueryRun {
  query: string;
  ms: number;
  results: number;
  status: string;
  serverBytes: number;
  gzipBytes: number;
  cdpBytes: number;
  requests: number;
}

export interface SearchBench {
  page: { ms: number; serverBytes: number; gzipBytes: number; cdpBytes: number; requests: number };
  first: QueryRun;
  later: QueryRun[];
  laterMedianMs: number | null;
  laterP95Ms: number | null;
  laterMedianServerBytes: number | null;
  laterMedianCdpBytes: number | null;
  /** The later queries again in a fresh page, typed key by key (Enter after a pause): Enter → finished list. */
  typedMedianMs: number | null;
  typedP95Ms: number | null;
}

/** Runs in the page: submit `q` through the form, resolve when the list is finished. */
export function submitAndWait(q: string): Promise<{ ms: number; results: number; status: string; at: number }> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#q')!;
  const list = document.querySelector<HTMLElement>('#results')!;
  const status = document.querySelector<HTMLElement>('#status')!;
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const check = () => {
      const text = status.textContent ?? '';
      if (list.getAttribute('aria-busy') === 'false' && /篇讲话|没有讲话|检索出错/.test(text)) {
        const ms = performance.now() - t0;
        observer.disconnect();
        clearTimeout(timer);
        // The status line names every speech found; the list shows the first page of them.
        // `at`: the submit on the page's clock (performance.now()), as Resource Timing's times are.
        resolve({ ms, results: Number(/(\d+) 篇讲话/.exec(text)?.[1] ?? 0), status: text, at: t0 });
      }
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`query ${q} did not finish in 60 s; status: ${status.textContent}`));
    }, 60_000);
    observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = q;
    t0 = performance.now();
    form.requestSubmit();
    // run() marks the list busy synchronously inside the submit handler, so a
    // finished state seen from here on belongs to this query.
    check();
  });
}

/** Opens /search/ of the site at `url` and waits for the filters the page fills from Pagefind on load. */
export async function loadSearchPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}search/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('#f-year option').length > 1, null, { timeout: 60_000 });
}

/**
 * The built site `dist` served over HTTP/1.1 as any host would serve it, Chromium with a fresh
 * context (empty cache) and page, and `Traffic` recording what the page fetches; `close` ends them.
 */
export async function openServedPage(
  dist: string,
): Promise<{ served: Served; traffic: Traffic; page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const served = await serveStatic(dist, { base: '/' });
  const traffic = new Traffic(served, dist);
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await served.close();
  };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await traffic.attach(cdp);
    return { served, traffic, page, cdp, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Per-key delay and the pause before Enter: a brisk typist. */
const KEY_MS = 150;
const PAUSE_MS = 300;

/**
 * What a reader who types sees: a fresh page, the first query run to warm the engine,
 * then each later query typed into the box (the page may load index chunks meanwhile)
 * and submitted after a pause; times run from Enter to the finished list.
 */
async function typedQueries(browser: import('playwright-core').Browser, url: string, queries: readonly string[]): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loadSearchPage(page, url);
    await page.evaluate(submitAndWait, queries[0]!);
    const times: number[] = [];
    for (const q of queries.slice(1)) {
      await page.fill('#q', '');
      await page.type('#q', q, { delay: KEY_MS });
      await page.waitForTimeout(PAUSE_MS);
      times.push((await page.evaluate(submitAndWait, q)).ms);
    }
    return times;
  } finally {
    await context.close();
  }
}

/**
 * `http2`: serve the site over HTTP/2 with TLS (a self-signed certificate made for the run,
 * which Chromium is told to accept; http2-server.ts), as real hosts do, instead of the
 * default plain HTTP/1.1 server with its six connections per host. Same measurements.
 */
export async function benchSearch(dist: string, queries: readonly string[], { http2 = false } = {}): Promise<SearchBench> {
  if (queries.length === 0) throw new Error('no queries');
  const tls = http2 ? selfSigned() : null;
  const served = tls ? await serveStaticHttp2(dist, tls) : await serveStatic(dist, { base: '/' });
  const traffic = new Traffic(served, dist);
  const browser = await launchBrowser(tls ? chromiumArgs(tls) : []);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await traffic.attach(await context.newCDPSession(page));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    traffic.phase = 'page';
    const t0 = performance.now();
    await loadSearchPage(page, served.url);
    const pageMs = performance.now() - t0;
    const pageTraffic = await traffic.settle('page', 300);

    const runOne = async (query: string, phase: string): Promise<QueryRun> => {
      traffic.phase = phase;
      const r = await page.evaluate(submitAndWait, query);
      const t: PhaseTraffic = await traffic.settle(phase);
      traffic.phase = 'idle';
      if (/检索出错/.test(r.status)) throw new Error(`query ${query} failed in the page: ${r.status}`);
      return { query, ...r, serverBytes: t.serverBytes, gzipBytes: t.gzipBytes, cdpBytes: t.cdpBytes, requests: t.requests };
    };
    const first = await runOne(queries[0]!, 'first');
    const later: QueryRun[] = [];
    for (const [i, q] of queries.slice(1).entries()) later.push(await runOne(q, `later-${i}`));
    if (errors.length) throw new Error(`the search page threw: ${errors.join('; ')}`);
    const ms = later.map((r) => r.ms);
    const typed = await typedQueries(browser, served.url, queries);
    return {
      page: {
        ms: pageMs,
        serverBytes: pageTraffic.serverBytes,
        gzipBytes: pageTraffic.gzipBytes,
        cdpBytes: pageTraffic.cdpBytes,
        requests: pageTraffic.requests,
      },
      first,
      later,
      laterMedianMs: median(ms),
      laterP95Ms: quantile(ms, 0.95),
      laterMedianServerBytes: median(later.map((r) => r.serverBytes)),
      laterMedianCdpBytes: median(later.map((r) => r.cdpBytes)),
      typedMedianMs: median(typed),
      typedP95Ms: quantile(typed, 0.95),
    };
  } finally {
    await browser.close();
    await served.close();
  }
}
