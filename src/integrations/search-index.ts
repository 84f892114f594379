/**
 * Astro integration: after the build, writes full-text search from the speech data (the
 * content layer's store, content-store.ts), never from the rendered pages. What it writes
 * and how: search-stage.ts. It runs in a Node process of its own
 * (search-stage-process.ts), with a heap of its own: inside Astro's process, whose heap
 * holds ~0.9 GB at 10,000 speeches, its garbage collection took the stage from 49 s to
 * 84 s (docs/PERFORMANCE.md). A failure there fails the build with the stage's own error.
 */
import type { AstroIntegration } from 'astro';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dropPageCaches } from '../lib/site/page-caches.ts';
import { forkForBuild } from './fork-for-build.ts';
import { freedLine, freeMemory } from './free-memory.ts';
import type { QuickAhead } from './quick-box-ahead.ts';
import type { QuickBoxAnswer } from './quick-box-process.ts';
import type { SearchJob } from './search-stage.ts';
import type { QuickAheadMessage, SearchStageAnswer } from './search-stage-process.ts';

const ENTRY = fileURLToPath(new URL('./search-stage-process.ts', import.meta.url));
const QUICK_ENTRY = fileURLToPath(new URL('./quick-box-process.ts', import.meta.url));

/**
 * Runs the search stage in its own process and returns its answer; rejects with the stage's
 * error, or when the process ends without answering (killed, out of memory).
 */
function runInOwnProcess(
  job: SearchJob,
  ahead: Promise<QuickAhead | null> | null,
): Promise<Extract<SearchStageAnswer, { report: unknown }>> {
  return new Promise((done, fail) => {
    const child = forkForBuild(ENTRY, { ...job, quickAhead: ahead !== null }, job.cacheDir);
    void ahead?.then((quickAhead) => {
      if (child.connected) child.send({ quickAhead } satisfies QuickAheadMessage, () => undefined);
    });
    let answer: SearchStageAnswer | null = null;
    child.on('message', (m) => (answer ??= m as SearchStageAnswer));
    child.once('error', (e) => fail(new Error(`The search stage's process (${ENTRY}) could not be started: ${e.message}`)));
    // 'close': the process has exited and its IPC channel is closed, so its answer has arrived.
    child.once('close', (code, signal) => {
      if (answer && 'report' in answer) done(answer);
      else if (answer) {
        const error = new Error(`Search stage: ${answer.error.message}`);
        error.stack = `${error.message}\n    (in the search stage's process; its stack:)\n${answer.error.stack}`;
        fail(error);
      } else
        fail(
          new Error(
            `The search stage's process (${ENTRY}) ended ${signal ? `on signal ${signal}` : `with exit code ${code}`} without finishing: ` +
              'see the lines above (a JavaScript heap out of memory shows there). Nothing of this build was published; build again.',
          ),
        );
    });
  });
}

/**
 * Writes the quick box's index ahead in a process of its own (quick-box-process.ts), while
 * the pages render; resolves with what it wrote, or null when it failed (the search stage
 * then writes the index itself, and the reason is logged).
 */
function writeQuickAhead(cacheDir: string, base: string, warn: (s: string) => void): Promise<QuickAhead | null> {
  return new Promise((done) => {
    const child = forkForBuild(QUICK_ENTRY, { cacheDir, base }, cacheDir);
    // At the lowest priority (Pagefind's process, its child, too): it runs on what Astro's
    // pages leave of the cores, not in their way; it has their whole time to finish in.
    try {
      if (child.pid) setPriority(child.pid, 19);
    } catch {
      // Not allowed here: it runs at the build's priority.
    }
    let answer: QuickBoxAnswer | null = null;
    child.on('message', (m) => (answer ??= m as QuickBoxAnswer));
    child.once('error', (e) => warn(`the quick index could not be written ahead (${e.message}); the search stage writes it`));
    child.once('close', (code, signal) => {
      const a = answer as QuickBoxAnswer | null;
      if (a && 'ahead' in a) return done(a.ahead);
      warn(
        `the quick index was not written ahead (${a ? a.error : signal ? `signal ${signal}` : `exit code ${code}`}); the search stage writes it`,
      );
      done(null);
    });
  });
}

export default function searchIndexIntegration(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let ahead: Promise<QuickAhead | null> | null = null;
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The content layer has stored the speech data by now (Astro syncs it before this hook).
      'astro:build:start': ({ logger }) => {
        ahead = writeQuickAhead(cacheDir, base, (s) => logger.warn(s));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const stage = runInOwnProcess({ cacheDir, base, site: fileURLToPath(dir) }, ahead);
        ahead = null;
        // While the stage's process starts and reads: this process waits for it, holding what
        // the pages left, and the build's peak is this process's resident memory plus the
        // stage's at the index's end. The pages' own caches go (page-caches.ts), and the
        // memory nothing reaches any more is given back (freeMemory).
        dropPageCaches();
        const freed = freeMemory();
        const { report, upMs } = await stage;
        logger.info(
          `search for ${report.speeches} speeches in ${Date.now() - started} ms: own process up in ${upMs} ms; ${report.steps}; ` +
            `Astro's process while it waited: ${freedLine(freed)}`,
        );
      },
    },
  };
}
