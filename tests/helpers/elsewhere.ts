/**
 * For the determinism test (the copy of the project at another path is `cloneAt`,
 * build-site.ts): a machine kept busy while a build runs.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

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
