/**
 * A real `astro build` killed at a point of its own choosing: the build runs in a process
 * group of its own (Pagefind's process included), and the whole group gets SIGKILL as soon
 * as the build logs a line that matches `at` — what a crash, the OOM killer or a power
 * cut does. Same folders and environment as tests/helpers/build-site.ts.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT, TMP } from './build-site.ts';

export interface KilledBuild {
  /** Whether the build was killed (false: it ended before logging a matching line). */
  killed: boolean;
  /** Exit code when not killed. */
  status: number | null;
  /** Everything logged up to the kill. */
  output: string;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function buildKilledAt(name: string, env: Record<string, string>, at: RegExp): Promise<KilledBuild> {
  const vitestOwn = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.has(k) && !k.startsWith('VITEST')));
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', resolve(TMP, name, 'dist')], {
    cwd: ROOT,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_REPORT_DIR: resolve(TMP, name, 'reports'), ARCHIVE_CACHE_DIR: resolve(TMP, name, 'cache'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  let killed = false;
  const watch = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
      const line = raw.replace(ANSI, '');
      if (killed) return;
      lines.push(line);
      if (at.test(line)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    });
  watch(child.stdout);
  watch(child.stderr);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ killed, status: killed ? null : status, output: lines.join('\n') }));
  });
}
