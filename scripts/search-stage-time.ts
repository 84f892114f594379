/**
 * Times the build's search stage alone, as a first build runs it, without Astro's pages:
 * the stage's own process (src/integrations/search-stage-process.ts) on the data store a
 * build or `astro sync` left in a cache folder, into an empty output folder. Prints the
 * stage's own line (its steps' times), the wall time, and the peak RSS of the process tree
 * (the stage's process, its worker threads and Pagefind's process; sampled from /proc).
 * For CPU time, run it under `/usr/bin/time` (the child and Pagefind are waited for, so
 * their CPU counts there).
 *
 *   ARCHIVE_RAW=bench/corpus-10000 ARCHIVE_CACHE_DIR=bench/cache-10000 astro sync   # once
 *   node scripts/search-stage-time.ts --cache bench/cache-10000 --out /tmp/stage-a [--cpu-prof /tmp/prof]
 *
 * The output folder is emptied first and kept afterwards (`diff -rq` two of them to check
 * that a change leaves the output as it was). The cache folder is only read: the stage
 * runs on a scratch cache folder holding a hard link of its data store, so it starts
 * without the last build's search state, as a first build (or `--force`) does.
 */
import { fork } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_STORE } from '../src/integrations/content-store.ts';
import type { SearchStageAnswer } from '../src/integrations/search-stage-process.ts';
import { watchTreeRss } from './lib/bench/proc-rss.ts';

const USAGE = 'usage: node scripts/search-stage-time.ts --cache <build cache folder> --out <output folder> [--cpu-prof <folder>]';

function parse(argv: readonly string[]): { cache: string; out: string; cpuProf: string | null } {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (!['--cache', '--out', '--cpu-prof'].includes(flag) || value === undefined) throw new Error(USAGE);
    opts[flag] = value;
  }
  if (!opts['--cache'] || !opts['--out']) throw new Error(USAGE);
  return { cache: resolve(opts['--cache']), out: resolve(opts['--out']), cpuProf: opts['--cpu-prof'] ? resolve(opts['--cpu-prof']) : null };
}

const { cache, out, cpuProf } = parse(process.argv.slice(2));
const scratch = mkdtempSync(join(tmpdir(), 'search-stage-cache-'));
linkSync(join(cache, DATA_STORE), join(scratch, DATA_STORE));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const entry = fileURLToPath(new URL('../src/integrations/search-stage-process.ts', import.meta.url));
const execArgv = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : [];
const started = performance.now();
const child = fork(entry, [JSON.stringify({ cacheDir: scratch, base: '/', site: out })], { execArgv, stdio: 'inherit' });
const rss = watchTreeRss(child.pid!, 250);
let answer: SearchStageAnswer | null = null;
child.on('message', (m) => (answer ??= m as SearchStageAnswer));
child.once('close', (code, signal) => {
  const peak = rss.stop();
  const wall = performance.now() - started;
  rmSync(scratch, { recursive: true, force: true });
  const a = answer as SearchStageAnswer | null;
  if (!a || 'error' in a) {
    console.error(a ? `search stage failed: ${a.error.stack}` : `search stage ended (${signal ?? code}) without an answer`);
    process.exit(1);
  }
  console.log(`search stage: ${a.report.speeches} speeches; own process up in ${a.upMs} ms; ${a.report.steps}`);
  console.log(`wall ${(wall / 1000).toFixed(1)} s; peak RSS of the stage's process tree ${Math.round(peak / 1024)} MiB`);
});
