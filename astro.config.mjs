// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { archiveBase } from './src/lib/site/env.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // ARCHIVE_BASE=/archive/ builds a site that works when served under that sub-path.
  base: archiveBase(),
  trailingSlash: 'always',
  // ARCHIVE_CACHE_DIR gives a build a content cache of its own (tests and the bench
  // run builds of other folders side by side); default Astro's node_modules/.astro.
  cacheDir: process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro',
  build: {
    format: 'directory',
    // Keep scripts and styles in files: no inline code, so a strict CSP can hold.
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose getStaticPaths gives a cacheKey (speech pages) are copied from the last
  // build, kept in cacheDir, while their data and code are unchanged.
  experimental: { incrementalBuild: true },
  integrations: [mdx(), pagefind()],
});
