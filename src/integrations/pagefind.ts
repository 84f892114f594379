/**
 * Astro integration: after the build, index every speech page for exact phrase search.
 *
 * Each speech becomes one Pagefind custom record whose words are character-pair tokens
 * (src/lib/search/tokens.ts), with the filters and sort key the page declares; Pagefind's
 * Node API (createIndex → addCustomRecord → writeFiles, errors checked, closed in
 * `finally`) writes `dist/pagefind/`. Then `dist/search-data/` gets what the browser
 * needs for the results a reader sees (src/lib/search/search-data.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { pageRecord } from '../lib/search/page-record.ts';
import { unitStarts, unitTokens } from '../lib/search/tokens.ts';
import { chunkStarts, idHash, shardPrefix, type SearchDataIndex, type SpeechMeta } from '../lib/search/search-data.ts';

export function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}\nThe built pages are in dist/; rerun the build after fixing the cause above.`);
  }
}

/** The language of the site's pages; Pagefind serves the index of the page's `lang`. */
const LANGUAGE = 'zh-cn';

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const catalog = JSON.parse(await readFile(join(site, 'speeches.json'), 'utf8')) as { url: string }[];
        const metas = new Map<string, SpeechMeta>();
        const data = join(site, 'search-data');
        await rm(data, { recursive: true, force: true });
        try {
          const created = await pagefind.createIndex({});
          failOn('createIndex', created.errors);
          const index = created.index!;
          for (const [n, entry] of catalog.entries()) {
            const html = await readFile(join(site, entry.url.slice(base.length), 'index.html'), 'utf8');
            const record = pageRecord(html);
            const texts = record.units.map((u) => u.text);
            const added = await index.addCustomRecord({
              url: entry.url,
              content: unitTokens(texts).join(' '),
              language: LANGUAGE,
              meta: { title: record.title },
              filters: record.filters,
              sort: record.sort,
            });
            failOn(`addCustomRecord (${entry.url})`, added.errors);
            const chunks = chunkStarts(texts);
            metas.set(entry.url, {
              url: entry.url,
              title: record.title,
              date: record.meta.date ?? '',
              iso: record.meta.iso ?? '',
              speaker: record.meta.speaker ?? '',
              campaign: record.meta.campaign ?? '',
              n,
              anchors: record.units.map((u) => u.anchor),
              starts: unitStarts(texts),
              chunks,
            });
            await mkdir(join(data, 'text', String(n)), { recursive: true });
            for (const [k, first] of chunks.entries()) {
              await writeFile(join(data, 'text', String(n), `${k}.json`), JSON.stringify(texts.slice(first, chunks[k + 1] ?? texts.length)));
            }
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          failOn('writeFiles', written.errors);
        } finally {
          await pagefind.close();
        }
        await writeShards(site, data, metas);
        logger.info(`indexed ${metas.size} speeches in ${Date.now() - started} ms`);
      },
    },
  };
}

/** Pagefind names each record by a hash; read them back to map result ids to speeches. */
async function writeShards(site: string, data: string, metas: Map<string, SpeechMeta>): Promise<void> {
  const prefix = shardPrefix(metas.size);
  const shards = new Map<string, Record<string, SpeechMeta>>();
  const fragments = join(site, 'pagefind', 'fragment');
  for (const name of (await readdir(fragments)).sort()) {
    const raw = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
    const meta = metas.get(url);
    if (!meta) throw new Error(`Pagefind wrote a record for ${url}, which is not a speech page: rebuild from a clean dist/.`);
    const hash = idHash(name.replace(/\.pf_fragment$/, ''));
    const shard = hash.slice(0, prefix);
    shards.set(shard, { ...shards.get(shard), [hash]: meta });
  }
  await mkdir(join(data, 'meta'), { recursive: true });
  for (const [shard, entries] of shards) await writeFile(join(data, 'meta', `${shard}.json`), JSON.stringify(entries));
  const index: SearchDataIndex = { prefix };
  await writeFile(join(data, 'index.json'), JSON.stringify(index));
}
