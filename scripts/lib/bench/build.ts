/**
 * One timed `astro build` of a bench corpus: wall time and peak memory, and the
 * stages read from the log as its lines arrive. The build sees the environment
 * `npm run build` sees (as tests/helpers/build-site.ts does), and a content
 * cache of its own (bench/cache-N) through ARCHIVE_CACHE_DIR.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseBuildLog, stripAnsi, type BuildStages, type TimedLine } from './build-log.ts';
import { ROOT } from './paths.ts';
import { watchTreeRss } from './proc-rss.ts';

const TIME = '/usr/bin/time';

export interface BuildRun {
  /** Wall time we measured around the process (ms). */
  wallMs: number;
  /** GNU time's %e (ms), when /usr/bin/time is there. */
  timeWallMs: number | null;
  /** GNU time's %M: max RSS of the largest single process of the tree (kB). */
  maxRssSingleKb: number | null;
  /** GNU time's %U + %S: CPU time of the build and the children it waited for (ms); less swayed by a busy machine than wall time. */
  cpuMs: number | null;
  /** Peak of the summed RSS of the whole process tree, sampled from /proc every 250 ms (kB). */
  peakRssTreeKb: number;
  stages: BuildStages;
  logFile: string;
}

export interface BuildOptions {
  raw: string;
  outDir: string;
  cacheDir: string;
  reportDir: string;
  force: boolean;
  logFile: string;
}

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.has(k) && !k.startsWith('VITEST')));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export async function runBuild(o: BuildOptions): Promise<BuildRun> {
  // A full build starts from nothing: no cache, no previous output to write into.
  if (o.force) await Promise.all([o.cacheDir, o.outDir].map((dir) => rm(dir, { recursive: true, force: true })));
  await mkdir(join(o.logFile, '..'), { recursive: true });
  const timeFile = `${o.logFile}.time`;
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', o.outDir, ...(o.force ? ['--force'] : [])];
  const haveTime = existsSync(TIME);
  const [cmd, ...args] = haveTime ? [TIME, '-f', '%e %M %U %S', '-o', timeFile, ...astro] : astro;
  const env = buildEnv({
    ARCHIVE_RAW: o.raw,
    ARCHIVE_REPORT_DIR: o.reportDir,
    ARCHIVE_CACHE_DIR: o.cacheDir,
  });

  const started = performance.now();
  const child = spawn(cmd!, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const rss = watchTreeRss(child.pid!);
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (text) => lines.push({ ms: performance.now() - started, text }));
  collect(child.stdout!);
  collect(child.stderr!);
  const code: number | null = await new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (c) => done(c));
  });
  const wallMs = performance.now() - started;
  const peakRssTreeKb = rss.stop();
  await writeFile(o.logFile, `${lines.map((l) => `${(l.ms / 1000).toFixed(3).padStart(8)}s ${stripAnsi(l.text)}`).join('\n')}\n`);
  if (code !== 0) {
    const tail = lines
      .slice(-25)
      .map((l) => stripAnsi(l.text))
      .join('\n');
    throw new Error(`astro build of ${o.raw} failed (exit ${code}). Last lines:\n${tail}\nFull log: ${o.logFile}`);
  }
  let timeWallMs: number | null = null;
  let maxRssSingleKb: number | null = null;
  let cpuMs: number | null = null;
  if (haveTime) {
    const m = /([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(await readFile(timeFile, 'utf8'));
    if (m) {
      timeWallMs = Number(m[1]) * 1000;
      maxRssSingleKb = Number(m[2]);
      cpuMs = (Number(m[3]) + Number(m[4])) * 1000;
    }
  }
  return { wallMs, timeWallMs, maxRssSingleKb, cpuMs, peakRssTreeKb, stages: parseBuildLog(lines), logFile: o.logFile };
}
