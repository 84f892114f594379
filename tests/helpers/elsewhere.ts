/**
 * For the determinism test: a copy of this clone's working tree at another path, and a
 * machine kept busy while a build runs.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT, TMP } from './build-site.ts';

/** What a fresh clone has not: installed packages (linked instead), git's data, build output, caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.dist-staging', '.dist-previous', 'bench', 'reports', '.astro']);

/** A copy of this clone's files at `to`, outside it (its node_modules a link to this one's); returns `to`. */
export function cloneAt(to: string): string {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(ROOT, name), join(to, name), { recursive: true, filter: (path) => !path.startsWith(TMP) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'));
  return to;
}

/**
 * Processes spinning until `stop()` (or after ten minutes, or as soon as the test process
 * is gone, so a crashed test leaves nothing behind): one per core but one, so that with
 * the build itself every core is taken, and the tests running beside it still move.
 */
export function busyMachine(): { stop: () => void } {
  const spin = `const parent = process.ppid, end = Date.now() + 600000; while (Date.now() < end && process.ppid === parent) {}`;
  const spinners = Array.from({ length: Math.max(1, availableParallelism() - 1) }, () =>
    spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }),
  );
  return {
    stop: () => {
      for (const p of spinners) p.kill('SIGKILL');
    },
  };
}
