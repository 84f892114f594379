/**
 * Astro integration: after the build, writes full-text search from the speech data (the
 * content layer's store, content-store.ts), never from the rendered pages:
 *
 * - `dist/search-index/`: the archive's own n-gram index (src/lib/search/build/write-index.ts,
 *   format in docs/SEARCH-INDEX.md), speech ids in date order, newest first;
 * - `dist/search-data/filters.json`, `filter-concepts.json`: campaign, year, speaker and
 *   concepts per speech id (src/lib/search/shared/filter-columns.ts);
 * - `dist/pagefind/`: the quick box's small Pagefind index (quick-index.ts);
 * - `dist/search-data/text/<folder>/<k>.json`: each speech's blocks in chunks by position,
 *   with what a result shows of it (src/lib/search/shared/text-chunks.ts); folder =
 *   place in date order, oldest first. Only folders whose content changed are written
 *   (search-text-output.ts): at 10,000 speeches they are some 40,000 files.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryMatcher } from '../lib/concepts/glossary.ts';
import { searchSpeeches } from '../lib/search/build/search-input.ts';
import { writeSearchIndex } from '../lib/search/build/write-index.ts';
import { encodeFilters } from '../lib/search/shared/filter-columns.ts';
import { textChunks } from '../lib/search/shared/text-chunks.ts';
import { readContentStore } from './content-store.ts';
import { quickRecords, writeQuickIndex } from './quick-index.ts';
import { newestFirst } from '../lib/speech/order.ts';
import { placeTextFolders, saveTextState, takeTextState } from './search-text-output.ts';

/** The folders of dist/ this integration keeps exact itself (stale-output.ts leaves them to it). */
export const SEARCH_OUTPUT = ['search-index', 'search-data', 'pagefind'] as const;

export default function searchIndexIntegration(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const { speeches: stored, concepts } = await readContentStore(cacheDir);
        const term = new Map(concepts.map((c) => [c.slug, c.data.term]));
        const speeches = searchSpeeches(stored, glossaryMatcher(concepts), (slug) => term.get(slug) ?? slug, base);
        const readMs = Date.now() - started;

        const t0 = Date.now();
        // The quick box's Pagefind index is written by Pagefind's own process meanwhile.
        let quickMs = 0;
        const quick = writeQuickIndex(quickRecords(newestFirst(stored), concepts, base), join(site, 'pagefind')).then(() => (quickMs = Date.now() - t0));
        const stats = await writeSearchIndex(speeches.map((s) => s.text), join(site, 'search-index'));
        const indexMs = Date.now() - t0;
        await quick;

        const t1 = Date.now();
        await mkdir(join(site, 'search-data'), { recursive: true });
        const { filters, concepts: conceptIds } = encodeFilters(speeches.map((s) => s.filters));
        const state = await takeTextState(cacheDir, site);
        // Folder n holds the speech at place n in date order, oldest first.
        const oldestFirst = [...speeches].reverse();
        const files = (n: number) => textChunks(oldestFirst[n]!.meta, oldestFirst[n]!.blocks).map((c) => JSON.stringify(c));
        const wanted = oldestFirst.map((_, n) => createHash('sha256').update(files(n).join('\n')).digest('hex').slice(0, 32));
        const placed = await placeTextFolders(site, state.text, wanted, async (n) => files(n));
        await writeFile(join(site, 'search-data', 'filter-concepts.json'), JSON.stringify(conceptIds));
        await writeFile(join(site, 'search-data', 'filters.json'), JSON.stringify(filters));
        await saveTextState(cacheDir, site, wanted);
        logger.info(
          `search for ${speeches.length} speeches in ${Date.now() - started} ms: speech data read in ${readMs} ms; ` +
            `index ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB in ${indexMs} ms; text folders ${placed.written} written, ${placed.moved} moved, filters in ${Date.now() - t1} ms; quick index in ${quickMs} ms`,
        );
      },
    },
  };
}
