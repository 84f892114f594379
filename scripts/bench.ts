/**
 * Benchmark: corpus → full build → sizes → search in Chromium → incremental
 * rebuilds, for one or more corpus sizes. Prints a table and writes
 * bench/results.json. See docs/PERFORMANCE.md.
 *
 *   node scripts/bench.ts [--n N[,N…]] [--queries K] [--skip-incremental] [--search-only] [--http2]
 *
 * --search-only: no corpus and no build; sizes, search in Chromium, exactness and the
 * property on the existing bench/dist-N, into bench/results-search-only.json.
 * --http2: the search in Chromium once more, over HTTP/2 with TLS (as real hosts serve),
 * reported as a table of its own and as `searchHttp2` beside `search` in the results
 * (supplementary: the targets are judged on the default HTTP/1.1 run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { besideFolders } from '../src/integrations/build-beside.ts';
import { parseArgs } from './lib/bench/args.ts';
import { runBuild } from './lib/bench/build.ts';
import { makeCorpus } from './lib/bench/corpus.ts';
import { benchIncremental } from './lib/bench/incremental.ts';
import { machine, machineLine } from './lib/bench/machine.ts';
import { BENCH, cacheDir, corpusDir, distDir, incrementalDistDir, logDir, reportDir } from './lib/bench/paths.ts';
import { QUERIES } from './lib/bench/queries.ts';
import { formatQueries, formatTable, http2Rows, measuredRows, tableRows, type Results, type SizeResult } from './lib/bench/report.ts';
import { benchExactness } from './lib/bench/exactness.ts';
import { benchProperty } from './lib/bench/property.ts';
import { benchSearch, type SearchBench } from './lib/bench/search.ts';
import { measureSizes } from './lib/bench/sizes.ts';

const log = (line: string) => console.log(`[bench] ${line}`);
/** Random phrases the exactness property asks of the built index (scripts/lib/bench/property.ts). */
const PROPERTY_PHRASES = 300;

/** What a built site measures: sizes, search in Chromium, exactness, the property. */
async function benchBuilt(n: number, dist: string, queries: readonly string[], http2: boolean) {
  const sizes = await measureSizes(dist);
  log(`N=${n}: search in Chromium (${queries.length} queries)`);
  const search = await benchSearch(dist, queries);
  let searchHttp2: SearchBench | undefined;
  if (http2) {
    log(`N=${n}: search in Chromium over HTTP/2 with TLS (${queries.length} queries; supplementary)`);
    searchHttp2 = await benchSearch(dist, queries, { http2: true });
  }
  log(`N=${n}: exactness of the search issue's query set`);
  const exactness = await benchExactness(dist);
  for (const f of exactness.failures) log(`  not exact: ${f}`);
  log(`N=${n}: exactness property: ${PROPERTY_PHRASES} random phrases against brute force over every text`);
  const property = await benchProperty(dist, PROPERTY_PHRASES);
  for (const f of property.failures) log(`  not exact: ${f}`);
  return { n, sizes, search, exactness, property, ...(searchHttp2 ? { searchHttp2 } : {}) };
}

/** --search-only: the measurements of benchBuilt on bench/dist-N as it is. */
async function searchOnly(sizes: readonly number[], queries: readonly string[], http2: boolean): Promise<void> {
  const runs = [];
  for (const n of sizes) {
    if (!existsSync(distDir(n))) throw new Error(`${distDir(n)} does not exist: run the bench without --search-only first.`);
    runs.push(await benchBuilt(n, distDir(n), queries, http2));
  }
  const m = machine();
  await writeFile(
    join(BENCH, 'results-search-only.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine: m, args: process.argv.slice(2), runs }, null, 2)}\n`,
  );
  console.log(`\nMachine: ${machineLine(m)} (at the end); ${new Date().toISOString()}; search only, on the existing builds\n`);
  console.log(formatTable(measuredRows(runs)));
  printHttp2(runs);
  for (const r of runs) console.log(`\nQueries, N=${r.n}:\n${formatQueries(r)}`);
  console.log(`\nWrote ${join(BENCH, 'results-search-only.json')}`);
}

async function benchSize(n: number, queries: readonly string[], skipIncremental: boolean, http2: boolean): Promise<SizeResult> {
  const corpus = await makeCorpus(n, log);
  const raw = corpusDir(n);
  const common = { outDir: distDir(n), cacheDir: cacheDir(n), reportDir: reportDir(n) };

  log(`N=${n}: full build (astro build --force) → ${common.outDir}`);
  await rm(common.outDir, { recursive: true, force: true });
  const full = await runBuild({ ...common, raw, force: true, logFile: join(logDir, `build-${n}-full.log`) });
  log(`N=${n}: full build ${(full.wallMs / 1000).toFixed(1)} s (log: ${full.logFile})`);
  if (full.stages.speeches !== n) throw new Error(`the build saw ${full.stages.speeches} speeches, not ${n}: see ${full.logFile}`);

  const { sizes, search, exactness, property, searchHttp2 } = await benchBuilt(n, common.outDir, queries, http2);

  let incremental = null;
  if (!skipIncremental) {
    log(`N=${n}: incremental rebuilds (one file changed, one added) → ${incrementalDistDir(n)}`);
    try {
      // A rebuild finds the last build's output in its folder, as `npm run build` does,
      // and writes into it: a real copy (times kept), since hard links would let the
      // rebuild write into the full build's files too.
      // Its staging folder holds the output before last, as after any second build
      // (src/integrations/build-beside.ts): without it the first rebuild would pay a
      // one-time copy of every kept page that no later `npm run build` pays.
      const { staging } = besideFolders(incrementalDistDir(n));
      for (const copy of [incrementalDistDir(n), staging]) {
        await rm(copy, { recursive: true, force: true });
        const copied = spawnSync('cp', ['-a', common.outDir, copy], { encoding: 'utf8' });
        if (copied.status !== 0) throw new Error(`cp -a ${common.outDir} ${copy} failed: ${copied.stderr}`);
      }
      // The copies and removals above are some 700,000 file operations, which the disk is
      // still writing back when the rebuild starts (its speech loader read 5.4 s in one run
      // and 10.9 s in the next): written out first, so that the rebuild is timed as a host's
      // `npm run build` runs, on a disk that is not busy with the harness's copies.
      spawnSync('sync');
      incremental = await benchIncremental(raw, { ...common, outDir: incrementalDistDir(n) }, (step) =>
        join(logDir, `build-${n}-${step}.log`),
      );
    } catch (error) {
      // The figures measured so far are kept: the table says the incremental step is missing.
      log(`N=${n}: incremental rebuilds FAILED: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      for (const folder of Object.values(besideFolders(incrementalDistDir(n)))) await rm(folder, { recursive: true, force: true });
    }
  }
  return { n, corpus, full, sizes, incremental, search, exactness, property, ...(searchHttp2 ? { searchHttp2 } : {}) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const queries = QUERIES.slice(0, args.queries ?? QUERIES.length);
  await mkdir(BENCH, { recursive: true });
  if (args.searchOnly) return searchOnly(args.sizes, queries, args.http2);
  const m = machine();
  log(`machine: ${machineLine(m)}`);
  const runs: SizeResult[] = [];
  for (const n of args.sizes) runs.push(await benchSize(n, queries, args.skipIncremental, args.http2));

  const fullMs = (r: SizeResult) => r.full.timeWallMs ?? r.full.wallMs;
  const [lo, hi] = [runs[0]!, runs.at(-1)!];
  const results: Results = {
    date: new Date().toISOString(),
    machine: m,
    args: process.argv.slice(2),
    runs,
    growth:
      runs.length > 1
        ? {
            fromN: lo.n,
            toN: hi.n,
            fullBuildRatio: fullMs(hi) / fullMs(lo),
            perSpeechMs: Object.fromEntries(runs.map((r) => [String(r.n), fullMs(r) / r.n])),
          }
        : null,
  };
  await writeFile(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\nMachine: ${machineLine(m)}; ${results.date}`);
  console.log(
    `Memory: "largest process" is GNU time's %M (max RSS of one process); "whole process tree" sums RSS over astro and its children (Pagefind's binary included), sampled every 250 ms.`,
  );
  console.log(
    `Bytes: "sent" counts bodies as our static server sent them (no compression; the Pagefind worker's requests included); 1 KB = 1000 bytes.\n`,
  );
  console.log(formatTable(tableRows(runs)));
  if (results.growth) {
    const g = results.growth;
    const per = runs.map((r) => `N=${r.n}: ${Math.round(fullMs(r) / r.n)} ms/speech`).join(', ');
    console.log(
      `\nGrowth: full build ${(fullMs(lo) / 1000).toFixed(1)} s → ${(fullMs(hi) / 1000).toFixed(1)} s = ${g.fullBuildRatio.toFixed(2)} × for ${(hi.n / lo.n).toFixed(1)} × the speeches (${per}).`,
    );
  }
  printHttp2(runs);
  for (const r of runs) console.log(`\nQueries, N=${r.n}:\n${formatQueries(r)}`);
  console.log(`\nWrote ${join(BENCH, 'results.json')}`);
}

/** --http2: the queries over HTTP/2 as a table of their own (supplementary; the targets are judged on the table above). */
function printHttp2(runs: readonly { n: number; searchHttp2?: SearchBench }[]): void {
  if (!runs.some((r) => r.searchHttp2)) return;
  console.log(
    `\nThe same queries over HTTP/2 with TLS (--http2; supplementary, what a real host gives; targets are judged on the HTTP/1.1 run above):`,
  );
  console.log(formatTable(http2Rows(runs)));
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
