// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { archiveBase } from './src/lib/site/env.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // ARCHIVE_BASE=/archive/ builds a site that works when served under that sub-path.
  base: archiveBase(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Keep scripts and styles in files: no inline code, so a strict CSP can hold.
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), pagefind()],
});
