/**
 * Measures the n-gram search index (docs/SEARCH-INDEX.md) without a browser: for each N,
 * the bench corpus `bench/corpus-N/` (made as `npm run bench` makes it, from
 * ../shared/corpus) is ingested, and the index is built in a child process (its time and
 * peak RSS are the builder's alone), into `bench/search-index-N/`. Then each of the bench's
 * queries runs on a fresh SearchIndex reading the files from disk, after the first query (as
 * on the page; the first query itself on a fresh one): the bytes it fetched that the first
 * query had not, raw and gzipped (level 6, as a server would send them). Writes `bench/search-index-stats.json` and prints a Markdown table.
 *
 *   node_modules/.bin/node scripts/search-index-stats.ts --n 1000,10000
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingestText } from '../src/lib/ingest/index.ts';
import { decodeRaw } from '../src/lib/ingest/decode.ts';
import { nodeSource, writeSearchIndex, type BuildStats } from '../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../src/lib/search/shared/engine.ts';
import { searchText } from '../src/lib/search/shared/text.ts';
import { makeCorpus } from './lib/bench/corpus.ts';
import { BENCH } from './lib/bench/paths.ts';
import { QUERIES } from './lib/bench/queries.ts';
import { median, quantile } from './lib/bench/stats.ts';

const indexDir = (n: number) => resolve(BENCH, `search-index-${n}`);
const textsFile = (n: number) => resolve(BENCH, `search-index-${n}-texts.json`);

/** Child mode: build the index of the texts in a JSON file, print the stats and peak RSS. */
async function buildChild(file: string, out: string): Promise<void> {
  const texts = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const stats = await writeSearchIndex(texts, out);
  const u = process.resourceUsage();
  console.log(
    JSON.stringify({
      stats,
      maxRssKb: u.maxRSS,
      cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000),
      userMs: Math.round(u.userCPUTime / 1000),
      sysMs: Math.round(u.systemCPUTime / 1000),
    }),
  );
}

/** The searchText of every speech of bench/corpus-N, oldest first (as the site passes them). */
async function corpusTexts(n: number): Promise<string[]> {
  const { dir } = await makeCorpus(n);
  const speeches = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ingestText(decodeRaw(readFileSync(join(dir, f)), f), f));
  const key = (s: (typeof speeches)[number]) => s.date ?? (s.year ? `${s.year}` : '');
  return speeches
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (key(a.s) < key(b.s) ? -1 : key(a.s) > key(b.s) ? 1 : a.i - b.i))
    .map(({ s }) => searchText(s.blocks));
}

interface QueryStat {
  query: string;
  mode: string;
  speeches: number;
  occurrences: number;
  files: number;
  bytes: number;
  gzip: number;
  ms: number;
}

async function measure(n: number) {
  const texts = await corpusTexts(n);
  writeFileSync(textsFile(n), JSON.stringify(texts));
  const child = spawnSync(process.execPath, [import.meta.filename, '--build', textsFile(n), indexDir(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`index build for ${n} failed:\n${child.stderr}`);
  const { stats, maxRssKb, userMs, sysMs } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    stats: BuildStats;
    maxRssKb: number;
    userMs: number;
    sysMs: number;
  };
  const gz = new Map<string, number>();
  const gzipped = (path: string) =>
    gz.get(path) ?? gz.set(path, gzipSync(readFileSync(join(indexDir(n), path)), { level: 6 }).length).get(path)!;
  const queries: QueryStat[] = [];
  for (const [i, query] of QUERIES.entries()) {
    // A later query runs after the first one, as on the page: a fresh index that has answered the first query.
    const index = await SearchIndex.open(nodeSource(indexDir(n)));
    if (i > 0) await index.find(QUERIES[0]!);
    // The first query of a kind starts loading the kind's common list; wait for it as a reader's pause would.
    for (let k = 0; i > 0 && k < 100 && !index.pathsFetched.includes('x3/common.bin'); k++) await new Promise((r) => setTimeout(r, 10));
    const skip = i === 0 ? 0 : index.bytesFetched;
    const seen = i === 0 ? 0 : index.pathsFetched.length;
    const t = performance.now();
    const r = await index.find(query);
    const ms = performance.now() - t;
    const paths = index.pathsFetched.slice(seen);
    queries.push({
      query,
      mode: r.mode,
      speeches: r.hits.length,
      occurrences: r.hits.reduce((s, h) => s + h.count, 0),
      files: paths.length,
      bytes: index.bytesFetched - skip,
      gzip: paths.reduce((s, p) => s + gzipped(p), 0),
      ms: Math.round(ms * 10) / 10,
    });
  }
  const later = queries.slice(1);
  const summary = (f: (q: QueryStat) => number) => ({
    median: median(later.map(f)),
    p90: quantile(later.map(f), 0.9),
    max: Math.max(...later.map(f)),
  });
  return {
    n,
    build: {
      ms: stats.ms,
      userMs,
      sysMs,
      maxRssKb,
      files: stats.files,
      bytes: stats.bytes,
      units: stats.units,
      partitions: stats.partitions,
      kinds: stats.kinds,
    },
    first: queries[0],
    later: { bytes: summary((q) => q.bytes), gzip: summary((q) => q.gzip), ms: summary((q) => q.ms) },
    queries,
  };
}

const kb = (b: number | null) => (b === null ? '–' : `${(b / 1000).toFixed(1)}`);

if (process.argv[2] === '--build') {
  await buildChild(process.argv[3]!, process.argv[4]!);
} else {
  const at = process.argv.indexOf('--n');
  const sizes = at > 0 ? process.argv[at + 1]!.split(',').map(Number) : [1000];
  const results = [];
  for (const n of sizes) {
    const r = await measure(n);
    results.push(r);
    console.log(
      `\n### ${n} speeches: build ${(r.build.ms / 1000).toFixed(1)} s wall, CPU ${(r.build.userMs / 1000).toFixed(1)} s user + ${(r.build.sysMs / 1000).toFixed(1)} s sys (both threads), peak RSS ${(r.build.maxRssKb / 1024).toFixed(0)} MB, ${r.build.files} files, ${(r.build.bytes / 1e6).toFixed(1)} MB (${r.build.units} code units, ${r.build.partitions} partitions)`,
    );
    console.log(
      `first query (${r.first!.query}, manifest included): ${kb(r.first!.bytes)} KB raw, ${kb(r.first!.gzip)} KB gzipped, ${r.first!.files} files`,
    );
    console.log(
      `later queries KB raw median/p90/max: ${kb(r.later.bytes.median)} / ${kb(r.later.bytes.p90)} / ${kb(r.later.bytes.max)}; gzipped: ${kb(r.later.gzip.median)} / ${kb(r.later.gzip.p90)} / ${kb(r.later.gzip.max)}; Node ms median/p90/max ${r.later.ms.median} / ${r.later.ms.p90} / ${r.later.ms.max}`,
    );
    console.log('| query | mode | speeches | occurrences | files | KB raw | KB gzip | ms |\n|---|---|---:|---:|---:|---:|---:|---:|');
    for (const q of r.queries)
      console.log(`| ${q.query} | ${q.mode} | ${q.speeches} | ${q.occurrences} | ${q.files} | ${kb(q.bytes)} | ${kb(q.gzip)} | ${q.ms} |`);
  }
  writeFileSync(resolve(BENCH, 'search-index-stats.json'), `${JSON.stringify(results, null, 2)}\n`);
}
