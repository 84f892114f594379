/**
 * Astro integration: after the build, index `dist/` with Pagefind's Node API
 * (the extended binary, which segments Chinese) and write `dist/pagefind/`.
 * Every response's `errors` is checked; the service is closed in `finally`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}\nThe built pages are in dist/; rerun the build after fixing the cause above.`);
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        try {
          const created = await pagefind.createIndex({});
          failOn('createIndex', created.errors);
          const index = created.index!;
          const added = await index.addDirectory({ path: site });
          failOn('addDirectory', added.errors);
          if (added.page_count === 0) failOn('addDirectory', ['no page was indexed: speech pages carry data-pagefind-body']);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          failOn('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
