/**
 * A real `astro build` run as its own process group, without blocking the test: killed
 * (SIGKILL to the whole group, Pagefind's process included) as soon as it logs a line
 * that matches `killAt` — what a crash, the OOM killer or a power cut does —, or run to
 * its end. Same folders and environment as tests/helpers/build-site.ts by default.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { ROOT, TMP } from './build-site.ts';

export interface SpawnedBuild {
  outDir: string;
  /** Whether the build was killed (false: it ended before logging a matching line). */
  killed: boolean;
  /** Exit code when not killed. */
  status: number | null;
  /** Everything logged (up to the kill). */
  output: string;
}

export interface BuildOptions {
  /** Folder under tests/.tmp for the output, cache and reports (`<name>/dist` …). */
  name: string;
  env?: Record<string, string>;
  killAt?: RegExp;
  /** The clone to build (default this one). */
  cwd?: string;
  /** Output folder (default `<name>/dist`; null: Astro's default, `dist/` of the clone). */
  outDir?: string | null;
}

export function spawnBuild({
  name,
  env = {},
  killAt,
  cwd = ROOT,
  outDir = resolve(TMP, name, 'dist'),
}: BuildOptions): Promise<SpawnedBuild> {
  const vitestOwn = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.has(k) && !k.startsWith('VITEST')));
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])], {
    cwd,
    env: {
      ...inherited,
      ASTRO_TELEMETRY_DISABLED: '1',
      ARCHIVE_REPORT_DIR: resolve(TMP, name, 'reports'),
      ARCHIVE_CACHE_DIR: resolve(TMP, name, 'cache'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  let killed = false;
  const watch = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
      if (killed) return;
      const line = stripVTControlCharacters(raw);
      lines.push(line);
      if (killAt?.test(line)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    });
  watch(child.stdout);
  watch(child.stderr);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) =>
      done({ outDir: outDir ?? resolve(cwd, 'dist'), killed, status: killed ? null : status, output: lines.join('\n') }),
    );
  });
}
