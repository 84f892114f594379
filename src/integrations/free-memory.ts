/**
 * Gives the memory V8 has freed back to the system, for a build process about to hand its
 * largest step to another (the search stage's process, search-index.ts) or to reach its own
 * peak (search-stage.ts). Node only.
 *
 * An ordinary full collection leaves the pages it emptied in V8's pool, resident: a process
 * whose heap went from 855 MB used to 8 MB by `gc()` stayed at 910 MiB of RSS, and only
 * V8's memory reducer (it runs a while after allocation slows down, or not at all) unmapped
 * them, to 100 MiB. The collection V8 runs under memory pressure ("last resort": full
 * collections until nothing more is freed, reducing the footprint) does the same at once:
 * 1,024 → 95 MiB in that process. It costs one or two full collections of what is live.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Collect | undefined;

/** V8's gc() function, without starting Node with --expose-gc: a new context made while the flag is set has it. */
function gcFunction(): Collect {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    try {
      collect = runInNewContext('gc') as Collect;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  return collect;
}

const rssMiB = () => Math.round(process.memoryUsage.rss() / 1048576);

/** What freeMemory did: the process's RSS before and after (MiB) and how long it took (ms). */
export interface Freed {
  before: number;
  after: number;
  ms: number;
}

/**
 * Collects everything unreachable and unmaps the heap pages that leaves empty, in this
 * thread's heap (each worker thread has its own). Drop the references first: only what
 * nothing reaches is freed.
 */
export function freeMemory(): Freed {
  const before = rssMiB();
  const started = performance.now();
  gcFunction()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { before, after: rssMiB(), ms: Math.round(performance.now() - started) };
}

/** `freed` as a log line's part: `RSS 1,620 → 1,100 MiB (gc 850 ms)`. */
export const freedLine = (freed: Freed): string =>
  `RSS ${freed.before.toLocaleString('en')} → ${freed.after.toLocaleString('en')} MiB (gc ${freed.ms} ms)`;
