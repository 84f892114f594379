// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { archiveBase } from './src/lib/site/env.ts';
import searchIndex, { SEARCH_OUTPUT } from './src/integrations/search-index.ts';
import staleOutput from './src/integrations/stale-output.ts';

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
  // dist/ is not emptied first: a speech page whose getStaticPaths cacheKey and code are
  // unchanged stays as the last build left it (or is copied back from cacheDir when
  // missing), and staleOutput deletes what this build no longer makes.
  vite: {
    build: {
      assetsInlineLimit: 0,
      emptyOutDir: false,
      rolldownOptions: {
        // Astro's own `"use astro:head-inject"` directive in every glossary .mdx makes the
        // bundler warn once per file (about 1,000 of a build's log lines); it is harmless,
        // Astro handles it. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  experimental: { incrementalBuild: true },
  integrations: [mdx(), staleOutput(SEARCH_OUTPUT), searchIndex()],
});
