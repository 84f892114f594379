/**
 * Astro integration: after the build, index every speech page for exact phrase search.
 *
 * Speeches are split into shards (src/lib/search/shard-layout.ts). Each shard to index
 * is indexed by src/integrations/index-shard.ts in a process of its own, two at a time,
 * so memory stays bounded; its bundle is kept in the content cache under a key made of
 * everything it indexes and the indexer's version, and `layout.json` beside the bundles
 * says what each shard of the last build holds, so a rebuild indexes only the shard that
 * takes new and changed speeches. The bundles are linked into `dist/pagefind/` (shard 0)
 * and `dist/pagefind/s<k>/`, and `dist/search-data/` gets what the browser needs for the
 * results a reader sees (src/lib/search/search-data.ts); search-output.ts changes only what
 * differs from the last build's output.
 *
 * A speech page is read back only when Astro rendered it in this build: what search takes
 * from each page (its index record's hash, its filters, its text chunks' hash) is kept in
 * the cache (`search-pages.json`) under the page's signature (page-signatures.ts).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageRecord } from '../lib/search/page-record.ts';
import { textChunks, type SearchDataIndex } from '../lib/search/search-data.ts';
import { pageSignatures } from '../lib/search/page-signatures.ts';
import { shardLanguage, shardPath } from '../lib/search/index-shards.ts';
import { liveShards, planShards, type BuiltShard, type ShardRecord } from '../lib/search/shard-layout.ts';
import type { ShardJob } from './index-shard.ts';
import { chunkFiles, placePairs, placeShards, placeTextFolders, pool, saveState, takeState, textHash, writeIndex } from './search-output.ts';
import { shardSize } from '../lib/site/env.ts';

/** The folders of dist/ this integration keeps exact itself (stale-output.ts leaves them to it). */
export const SEARCH_OUTPUT = ['pagefind', 'search-data'] as const;

/** Pagefind's engine files, which every shard's bundle holds and the browser needs once. */
const ENGINE = /[\\/](pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** A hash of the files named: what made a cached result. */
async function codeVersion(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(await readFile(join(root, file)));
  return hash.digest('hex');
}

/** What a cached shard was made by: the indexer's code, the token format and Pagefind's version. */
const indexerVersion = (root: string) => codeVersion(root, ['src/integrations/index-shard.ts', 'src/lib/search/tokens.ts', 'node_modules/pagefind/package.json']);

/** What made what search took from a page: how the page is read and its text cut into chunks. */
const pageReaderVersion = (root: string) => codeVersion(root, ['src/integrations/pagefind.ts', 'src/lib/search/page-record.ts', 'src/lib/search/search-data.ts', 'src/lib/search/tokens.ts', 'src/integrations/search-output.ts']);

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

        // What each speech page gives search: from the last build when Astro left the page
        // as it was (same signature), else read from the page.
        const signatures = pageSignatures(await readFile(join(cacheDir, 'incremental-build.json'), 'utf8').then((t) => JSON.parse(t) as unknown, () => null));
        const reader = await pageReaderVersion(root);
        const known = new Map(Object.entries((await readCached<Record<string, PageInfo>>(join(cacheDir, PAGES), reader)) ?? {}));
        const readPages = new Map<string, Promise<ReadPage>>();
        const readPage = (url: string) => {
          if (!readPages.has(url)) readPages.set(url, readFile(join(site, url.slice(base.length), 'index.html'), 'utf8').then((html) => fromPage(url, html)));
          return readPages.get(url)!;
        };
        const pages = new Map<string, PageInfo>();
        await pool(catalog, 8, async ({ url }) => {
          const signature = signatures.get(`${url.slice(base.length)}index.html`) ?? '';
          const before = known.get(url);
          pages.set(url, signature && before?.signature === signature ? before : { ...(await readPage(url)).info, signature });
        });
        const current: ShardRecord[] = catalog.map(({ url }) => ({ url, hash: pages.get(url)!.hash }));
        const filters: SearchDataIndex['filters'] = {};
        for (const { url } of catalog) {
          for (const [name, values] of Object.entries(pages.get(url)!.filters)) for (const v of new Set(values)) (filters[name] ??= {})[v] = (filters[name]![v] ?? 0) + 1;
        }
        const readMs = Date.now() - started;

        const shardCache = join(cacheDir, 'search-shards');
        const version = `${await indexerVersion(root)}:${shardSize()}`;
        const previous = await readCached<BuiltShard[]>(join(shardCache, LAYOUT), version);
        const cached = (key: string) => existsSync(join(shardCache, key, 'ids.json'));
        const plan = planShards(previous, current, shardSize(), cached);
        const jobs = await Promise.all(
          plan.map(async (shard, k): Promise<ShardJob | null> =>
            shard.key ? null : { language: shardLanguage(k), records: await Promise.all(shard.records.map(async (r) => (await readPage(r.url)).indexed)) },
          ),
        );
        const keys = plan.map((shard, k) => shard.key ?? createHash('sha256').update(version).update(JSON.stringify(jobs[k])).digest('hex').slice(0, 16));
        const missing = keys.map((key, k) => ({ key, k })).filter(({ key }) => !cached(key));
        const state = await takeState(cacheDir, site);
        // The shards are indexed in child processes while this one places the text chunks.
        const indexing = pool(missing, JOBS, ({ key, k }) => indexShard(root, join(shardCache, key), jobs[k]!));
        // Folder n holds the speech at place n in the catalog, oldest first (search-data.ts).
        const oldestFirst = catalog.map(({ url }) => url).reverse();
        const wanted = oldestFirst.map((url) => pages.get(url)!.text);
        const t0 = Date.now();
        const [texts] = await Promise.all([placeTextFolders(site, state.text, wanted, async (n) => (await readPage(oldestFirst[n]!)).files), indexing]);
        const indexMs = Date.now() - t0;
        await writeCached(join(shardCache, LAYOUT), version, plan.map((shard, k): BuiltShard => ({ key: keys[k]!, records: shard.records })));
        await pruneCache(shardCache, new Set([...keys, LAYOUT]));

        // A speech's id is that of its live copy; stale copies get none, so search drops them.
        const home = liveShards(plan, current);
        const ids = new Map<string, string>();
        const pairs = new Map<string, Set<string>>();
        for (const [k, key] of keys.entries()) {
          const shardIds = JSON.parse(await readFile(join(shardCache, key, 'ids.json'), 'utf8')) as Record<string, string>;
          for (const [id, url] of Object.entries(shardIds)) if (home.get(url) === k) ids.set(url, id);
          const shardPairs = JSON.parse(await readFile(join(shardCache, key, 'pairs.json'), 'utf8')) as Record<string, string[]>;
          for (const [first, next] of Object.entries(shardPairs)) for (const n of next) (pairs.get(first) ?? pairs.set(first, new Set()).get(first)!).add(n);
        }
        // The browser loads pagefind.js, its worker and its WebAssembly from shard 0 only.
        const placed = await placeShards(site, state.shards, keys, (key) => join(shardCache, key, 'bundle'), (k, path) => k === 0 || !ENGINE.test(path));
        const pairHashes = await placePairs(site, state.pairs, pairs);
        const index = await writeIndex(site, catalog, ids, keys.length, filters);
        await saveState(cacheDir, { index, text: wanted, shards: keys, pairs: pairHashes });
        await writeCached(join(cacheDir, PAGES), reader, Object.fromEntries(pages));
        const placeMs = Date.now() - t0 - indexMs;
        const stale = plan.reduce((n, shard) => n + shard.records.length, 0) - catalog.length;
        const indexed = missing.reduce((n, { k }) => n + plan[k]!.records.length, 0);
        logger.info(
          `indexed ${catalog.length} speeches in ${Date.now() - started} ms (${keys.length} shard(s): ${missing.length} re-indexed, ${keys.length - missing.length} reused; ${indexed} speeches indexed, ${stale} stale record(s)); ` +
            `${readPages.size} page(s) read back, what search takes from the pages gathered in ${readMs} ms, shards indexed and text folders placed (${texts.written} written, ${texts.moved} moved) in ${indexMs} ms, ${placed} shard folder(s) and the pair lists placed in ${placeMs} ms`,
        );
      },
    },
  };
}

type IndexRecord = ShardJob['records'][number];

/** The shard layout of the last build, kept beside the cached bundles. */
const LAYOUT = 'layout.json';
/** What search took from each page of the last build, by URL (PageInfo). */
const PAGES = 'search-pages.json';

/** A cache file holds the version of what made it, and is read back only by the same version. */
async function readCached<T>(file: string, version: string): Promise<T | null> {
  const saved = await readFile(file, 'utf8').then((t) => JSON.parse(t) as { version: string; value?: T }, () => null);
  return saved?.version === version ? (saved.value ?? null) : null;
}

async function writeCached(file: string, version: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ version, value }));
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

/** What a speech page gives search, kept in the cache from one build to the next. */
interface PageInfo {
  /** The page's signature when it was read (page-signatures.ts); '' when it had none. */
  signature: string;
  /** Hash of its index record: what the shard layout compares. */
  hash: string;
  /** Hash of its text chunk files (search-output.ts textHash). */
  text: string;
  filters: Record<string, string[]>;
}

/** A page read: its record for the indexer and its text chunk files. */
interface ReadPage {
  info: PageInfo;
  indexed: IndexRecord;
  files: string[];
}

function fromPage(url: string, html: string): ReadPage {
  const record = pageRecord(html);
  const indexed: IndexRecord = { url, units: record.units.map((u) => u.text), title: record.title, filters: record.filters };
  const { date = '', iso = '', speaker = '', campaign = '' } = record.meta;
  const files = chunkFiles(textChunks({ url, title: record.title, date, iso, speaker, campaign }, record.units));
  const hash = createHash('sha256').update(JSON.stringify(indexed)).digest('hex').slice(0, 16);
  return { info: { signature: '', hash, text: textHash(files), filters: record.filters }, indexed, files };
}

