/**
 * A browser test's setup in one line: `const site = useSiteInBrowser('root')` registers a
 * beforeAll that launches Chromium (./browser.ts) and serves the built site with the plain
 * static server, and an afterAll that closes both. Its fields are read inside tests and
 * later hooks, once that beforeAll has run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type Served } from '../../scripts/lib/static-server.ts';
import { type SITES, siteDir } from './build-site.ts';
import { launchBrowser } from './browser.ts';

export interface SiteInBrowserOptions {
  /** Where the site is mounted on the server, e.g. `/archive/`; `/` by default. */
  base?: string;
  /**
   * A name other than localhost that this browser resolves to the server, e.g.
   * `archive.test`: the site over plain HTTP on a non-secure origin, at `intranetUrl`.
   */
  intranetHost?: string;
  /**
   * One page for the file's tests to share (`site.page`): `true`, or the options of its
   * context; `permissions` are granted for the site's origin (e.g. `clipboard-read`).
   */
  page?: true | (BrowserContextOptions & { permissions?: string[] });
}

export interface SiteInBrowser {
  /** The site's URL with its base, e.g. `http://127.0.0.1:4321/archive/`. */
  readonly url: string;
  /** The same site at `http://<intranetHost>:PORT/…` (only with that option). */
  readonly intranetUrl: string;
  /** The shared page (only with the `page` option). */
  readonly page: Page;
  /** A page in a context of its own. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** A Chromium for the tests of this file (or of the describe it is called in). */
export function useBrowser(extraArgs: string[] = []): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return ready(browser, 'browser');
    },
  };
}

/**
 * `site`: one of the sites global-setup builds, or a function giving the folder of a site
 * the file builds itself (called in this beforeAll, so after the file's earlier ones).
 */
export function useSiteInBrowser(site: keyof typeof SITES | (() => string), options: SiteInBrowserOptions = {}): SiteInBrowser {
  const { intranetHost, page: pageOptions } = options;
  const chromium = useBrowser(intranetHost ? [`--host-resolver-rules=MAP ${intranetHost} 127.0.0.1`] : []);
  let served: Served | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    served = await serveStatic(typeof site === 'string' ? siteDir(site) : site(), { base: options.base });
    if (pageOptions) {
      const { permissions, ...contextOptions } = pageOptions === true ? {} : pageOptions;
      const context = await chromium.browser.newContext(contextOptions);
      if (permissions) await context.grantPermissions(permissions, { origin: new URL(served.url).origin });
      page = await context.newPage();
    }
  });
  afterAll(async () => {
    await served?.close();
  });
  return {
    get url() {
      return ready(served, 'server').url;
    },
    get intranetUrl() {
      if (!intranetHost) throw new Error('useSiteInBrowser: intranetUrl needs the intranetHost option');
      return ready(served, 'server').url.replace('127.0.0.1', intranetHost);
    },
    get page() {
      if (!pageOptions) throw new Error('useSiteInBrowser: page needs the page option');
      return ready(page, 'page');
    },
    newPage: (contextOptions) => chromium.browser.newPage(contextOptions),
    newContext: (contextOptions) => chromium.browser.newContext(contextOptions),
  };
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The ${what} is not there yet: read it inside a test or a later hook, not when the file loads.`);
  return value;
}
