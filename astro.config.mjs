// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { archiveBase } from './src/lib/site/env.ts';
import searchIndex from './src/integrations/search-index.ts';
import buildBeside from './src/integrations/build-beside.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';

// Of the last output a build may keep, besides the speech pages Astro skips: search-data/
// (its text folders where unchanged), search-index/ (the index it builds on) and pagefind/
// (the quick box, kept while its records are the same), whose integration checks them
// against its own record (search-text-output.ts). Everything else (other pages, scripts)
// is written afresh every build.
const beside = buildBeside({ keep: ['search-data', 'search-index', 'pagefind'] });

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
  // The build writes into a staging folder beside dist/ (buildBeside, below), which holds
  // what it may keep of the last output and is swapped in at the end; it is not emptied: a
  // speech page whose getStaticPaths cacheKey and code are unchanged stays as it was.
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
  // The build is written beside dist/ and swapped in by the last integration, once every
  // other astro:build:done (the search output) is done.
  // dataStoreFile: pages read the content layer's data store from its file, not from a
  // module holding it as one huge string literal (slow to compile at 10,000 speeches).
  integrations: [mdx(), dataStoreFile(), beside.prepare, searchIndex(), beside.swap],
});
