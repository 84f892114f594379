/**
 * Astro integration: after the build, index every speech page for exact phrase search.
 *
 * Speeches are split into shards (src/lib/search/shard-layout.ts). Each shard to index
 * is indexed by src/integrations/index-shard.ts in a process of its own, two at a time,
 * so memory stays bounded; its bundle is kept in the content cache under a key made of
 * everything it indexes and the indexer's version, and `layout.json` beside the bundles
 * says what each shard of the last build holds, so a rebuild indexes only the shard that
 * takes new and changed speeches. The bundles are copied to `dist/pagefind/` (shard 0) and `dist/pagefind/s<k>/`. Then `dist/search-data/`
 * gets what the browser needs for the results a reader sees (src/lib/search/search-data.ts).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageRecord } from '../lib/search/page-record.ts';
import { textChunks, type SearchDataIndex, type TextChunk } from '../lib/search/search-data.ts';
import { shardLanguage, shardPath } from '../lib/search/index-shards.ts';
import { liveShards, planShards, type BuiltShard, type ShardRecord } from '../lib/search/shard-layout.ts';
import type { ShardJob } from './index-shard.ts';
import { shardSize } from '../lib/site/env.ts';

/** The folders of dist/ this integration writes afresh on every build. */
export const SEARCH_OUTPUT = ['pagefind', 'search-data'] as const;

/** Pagefind's engine files, which every shard's bundle holds and the browser needs once. */
const ENGINE = /[\\/](pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** What a cached shard was made by: the indexer's code, the token format and Pagefind's version. */
async function indexerVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['src/integrations/index-shard.ts', 'src/lib/search/tokens.ts', 'node_modules/pagefind/package.json']) hash.update(await readFile(join(root, file)));
  return hash.digest('hex');
}

/** Shards indexed at once: each Pagefind process takes about 2 GB per 1,000 speeches. */
const JOBS = Math.min(2, availableParallelism());

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let root = '';
  let cacheDir = '';
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const catalog = JSON.parse(await readFile(join(site, 'speeches.json'), 'utf8')) as { url: string }[];
        const data = join(site, 'search-data');
        await rm(data, { recursive: true, force: true });
        // A speech's text chunks are written to search-data/text/<its place in the catalog, newest first>/.
        const chunks: TextChunk[][] = [];
        const records = new Map<string, IndexRecord>();
        const current: ShardRecord[] = [];
        const filters: SearchDataIndex['filters'] = {};
        for (const entry of catalog) {
          const record = pageRecord(await readFile(join(site, entry.url.slice(base.length), 'index.html'), 'utf8'));
          const indexed: IndexRecord = { url: entry.url, units: record.units.map((u) => u.text), title: record.title, filters: record.filters };
          records.set(entry.url, indexed);
          current.push({ url: entry.url, hash: createHash('sha256').update(JSON.stringify(indexed)).digest('hex').slice(0, 16) });
          for (const [name, values] of Object.entries(record.filters)) for (const v of new Set(values)) (filters[name] ??= {})[v] = (filters[name]![v] ?? 0) + 1;
          const { date = '', iso = '', speaker = '', campaign = '' } = record.meta;
          chunks.push(textChunks({ url: entry.url, title: record.title, date, iso, speaker, campaign }, record.units));
        }

        const readMs = Date.now() - started;
        const shardCache = join(cacheDir, 'search-shards');
        const version = `${await indexerVersion(root)}:${shardSize()}`;
        const previous = await readLayout(shardCache, version);
        const cached = (key: string) => existsSync(join(shardCache, key, 'ids.json'));
        const plan = planShards(previous, current, shardSize(), cached);
        const jobs = plan.map((shard, k): ShardJob | null => (shard.key ? null : { language: shardLanguage(k), records: shard.records.map((r) => records.get(r.url)!) }));
        const keys = plan.map((shard, k) => shard.key ?? createHash('sha256').update(version).update(JSON.stringify(jobs[k])).digest('hex').slice(0, 16));
        const missing = keys.map((key, k) => ({ key, k })).filter(({ key }) => !cached(key));
        // The shards are indexed in child processes while this one writes the text chunks.
        const indexing = pool(missing, JOBS, ({ key, k }) => indexShard(root, join(shardCache, key), jobs[k]!));
        const texts = (async () => {
          for (const [rank, speech] of chunks.entries()) await writeTexts(join(data, 'text', String(rank)), speech);
        })();
        const t0 = Date.now();
        let textMs = 0;
        await Promise.all([indexing, texts.then(() => (textMs = Date.now() - t0))]);
        const indexMs = Date.now() - t0;
        await writeLayout(shardCache, version, plan.map((shard, k) => ({ key: keys[k]!, records: shard.records })));
        await pruneCache(shardCache, new Set([...keys, LAYOUT]));

        // A speech's id is that of its live copy; stale copies get none, so search drops them.
        const home = liveShards(plan, current);
        const ids = new Map<string, string>();
        const pairs = new Map<string, Set<string>>();
        await rm(join(site, 'pagefind'), { recursive: true, force: true });
        for (const [k, key] of keys.entries()) {
          // The browser loads pagefind.js, its worker and its WebAssembly from shard 0 only.
          await linkTree(join(shardCache, key, 'bundle'), join(site, shardPath(k)), (src) => k === 0 || !ENGINE.test(src));
          const shardIds = JSON.parse(await readFile(join(shardCache, key, 'ids.json'), 'utf8')) as Record<string, string>;
          for (const [id, url] of Object.entries(shardIds)) if (home.get(url) === k) ids.set(url, id);
          const shardPairs = JSON.parse(await readFile(join(shardCache, key, 'pairs.json'), 'utf8')) as Record<string, string[]>;
          for (const [first, next] of Object.entries(shardPairs)) for (const n of next) (pairs.get(first) ?? pairs.set(first, new Set()).get(first)!).add(n);
        }
        const copyMs = Date.now() - t0 - indexMs;
        await writePairs(data, pairs);
        await writeIndex(data, catalog, ids, keys.length, filters);
        const pairsMs = Date.now() - t0 - indexMs - copyMs;
        const stale = plan.reduce((n, shard) => n + shard.records.length, 0) - catalog.length;
        const indexed = missing.reduce((n, { k }) => n + plan[k]!.records.length, 0);
        logger.info(
          `indexed ${catalog.length} speeches in ${Date.now() - started} ms (${keys.length} shard(s): ${missing.length} re-indexed, ${keys.length - missing.length} reused; ${indexed} speeches indexed, ${stale} stale record(s)); pages read in ${readMs} ms, text chunks written in ${textMs} ms, shards indexed in ${indexMs} ms, bundles copied in ${copyMs} ms, pair lists written in ${pairsMs} ms`,
        );
      },
    },
  };
}

type IndexRecord = ShardJob['records'][number];

/** The shard layout of the last build, kept beside the cached bundles. */
const LAYOUT = 'layout.json';

async function readLayout(shardCache: string, version: string): Promise<BuiltShard[] | null> {
  const saved = await readFile(join(shardCache, LAYOUT), 'utf8').then((t) => JSON.parse(t) as { version: string; shards: BuiltShard[] }, () => null);
  return saved?.version === version ? saved.shards : null;
}

async function writeLayout(shardCache: string, version: string, shards: BuiltShard[]): Promise<void> {
  await mkdir(shardCache, { recursive: true });
  await writeFile(join(shardCache, LAYOUT), JSON.stringify({ version, shards }));
}

/**
 * Puts every file under `from` that passes `keep` at the same place under `to`: a hard
 * link to the cached file where the file system allows (a shard holds thousands of
 * files; linking them takes a fraction of copying), else a copy.
 */
async function linkTree(from: string, to: string, keep: (path: string) => boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (e) => {
      const src = join(from, e.name);
      const dest = join(to, e.name);
      if (e.isDirectory()) return linkTree(src, dest, keep);
      if (!keep(src)) return;
      await link(src, dest).catch(() => copyFile(src, dest));
    }),
  );
}

async function writeTexts(dir: string, chunks: readonly TextChunk[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(chunks.map((chunk, k) => writeFile(join(dir, `${k}.json`), JSON.stringify(chunk))));
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await work(item);
    }),
  );
}

/** Indexes one shard in a child process (see index-shard.ts); its output lands in `out`. */
async function indexShard(root: string, out: string, job: ShardJob): Promise<void> {
  await mkdir(out, { recursive: true });
  const jobFile = join(out, 'job.json');
  await writeFile(jobFile, JSON.stringify(job));
  const script = join(root, 'src/integrations/index-shard.ts');
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [script, jobFile, out], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  await rm(jobFile, { force: true });
  if (code !== 0) {
    await rm(out, { recursive: true, force: true });
    throw new Error(`Indexing search shard ${job.language} (${job.records.length} speeches) failed (exit ${code}):\n${output.join('').trim()}\nThe built pages are in dist/; rerun the build after fixing the cause above.`);
  }
}

/** Drops cached shards the current build does not use. */
async function pruneCache(shardCache: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(shardCache).catch(() => [])) if (!keep.has(name)) await rm(join(shardCache, name), { recursive: true, force: true });
}

/** `search-data/pairs/<code>.json`: every character pair in the archive that starts with that character. */
async function writePairs(data: string, pairs: Map<string, Set<string>>): Promise<void> {
  await mkdir(join(data, 'pairs'), { recursive: true });
  for (const [first, next] of pairs) await writeFile(join(data, 'pairs', `${first}.json`), JSON.stringify([...next].sort().map((n) => first + n)));
}

/** `search-data/index.json`: the shard count, every speech's Pagefind id in catalog order (newest first), the filter counts. */
async function writeIndex(data: string, catalog: readonly { url: string }[], ids: Map<string, string>, shards: number, filters: SearchDataIndex['filters']): Promise<void> {
  const order = catalog.map(({ url }) => {
    const id = ids.get(url);
    if (!id) throw new Error(`The search index has no record for ${url}: rebuild with --force to re-index every shard.`);
    return id;
  });
  if (ids.size !== catalog.length) throw new Error(`The search index holds ${ids.size} records for ${catalog.length} speeches: rebuild with --force.`);
  const index: SearchDataIndex = { shards, order, filters };
  await writeFile(join(data, 'index.json'), JSON.stringify(index));
}
