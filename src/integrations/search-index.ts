/**
 * Astro integration: writes full-text search from the speech data (the content layer's
 * store, content-store.ts), never from the rendered pages. What it writes and how:
 * search-stage.ts. At `astro:build:start` a process of its own (search-beside-process.ts)
 * reads that data, writes the quick box's index ahead, mines the /phrases/ page's set
 * phrases (handed over to the page: phrases-handed-over.ts) and, when little changed, runs
 * the whole stage beside the pages (search-beside.ts); otherwise the stage runs after the
 * pages, at `astro:build:done`, in a Node process of its own (search-stage-process.ts),
 * with a heap of its own: inside Astro's process, whose heap holds ~0.9 GB at 10,000
 * speeches, its garbage collection took the stage from 49 s to 84 s (docs/PERFORMANCE.md).
 * Either way `astro:build:done` waits for it, and a failure there fails the build with the
 * stage's own error.
 */
import type { AstroIntegration } from 'astro';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { handOverPhrases, type PhrasesAhead } from '../lib/annotate/phrases-handed-over.ts';
import { dropPageCaches } from '../lib/site/page-caches.ts';
import { forkForBuild } from './fork-for-build.ts';
import { freedLine, freeMemory } from './free-memory.ts';
import type { QuickAhead } from './quick-box-ahead.ts';
import type { BesideDecision } from './search-beside.ts';
import type { BesideJob, BesideMessage } from './search-beside-process.ts';
import type { SearchJob } from './search-stage.ts';
import type { QuickAheadMessage, SearchStageAnswer } from './search-stage-process.ts';

const ENTRY = fileURLToPath(new URL('./search-stage-process.ts', import.meta.url));
const BESIDE_ENTRY = fileURLToPath(new URL('./search-beside-process.ts', import.meta.url));

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
      else if (answer) fail(stageError(answer.error));
      else fail(endedError(ENTRY, signal ? `on signal ${signal}` : `with exit code ${code}`));
    });
  });
}

/**
 * The build's error for the search stage's `error`, with its stack in the stage's process;
 * `where` says that it ran beside the pages (after them, the usual place, goes unsaid).
 */
function stageError(error: { message: string; stack: string }, where?: string): Error {
  const e = new Error(`Search stage${where ? ` (${where})` : ''}: ${error.message}`);
  e.stack = `${e.message}\n    (in the search stage's process; its stack:)\n${error.stack}`;
  return e;
}

/** The build's error when the stage's process (`entry`) ended (`how`) without answering. */
const endedError = (entry: string, how: string) =>
  new Error(
    `The search stage's process (${entry}) ended ${how} without finishing: ` +
      'see the lines above (a JavaScript heap out of memory shows there). Nothing of this build was published; build again.',
  );

/** The process started at `astro:build:start` (search-beside-process.ts), as the build sees it. */
interface Beside {
  /** The output folder it works on. */
  site: string;
  /** When it was started (Date.now()). */
  started: number;
  /** Whether it runs the search stage (search-beside.ts); not, when it ended without saying. */
  decided: Promise<BesideDecision>;
  /** Not running it: the quick index written ahead, or null when it was not (the search stage then writes it, and the reason is logged). */
  ahead: Promise<QuickAhead | null>;
  /** The /phrases/ page's set phrases mined from the stored data, or null (the page mines them itself). */
  phrases: Promise<PhrasesAhead | null>;
  /** Running it: the stage's answer and when it came; rejects with the stage's error, or when the process ends without answering. */
  stage: Promise<{ answer: Extract<SearchStageAnswer, { report: unknown }>; at: number }>;
}

/**
 * Starts the process that writes the quick box's index ahead, mines the set phrases and, on
 * a small change, runs the search stage beside the pages (search-beside.ts), at the lowest
 * priority.
 */
function startBeside(job: BesideJob, warn: (s: string) => void): Beside {
  const child = forkForBuild(BESIDE_ENTRY, job, job.cacheDir);
  // At the lowest priority (Pagefind's process, its child, too): it runs on what Astro's
  // pages leave of the cores, not in their way; it has their whole time to finish in.
  try {
    if (child.pid) setPriority(child.pid, 19);
  } catch {
    // Not allowed here: it runs at the build's priority.
  }
  const after = (why: string): BesideDecision => ({ beside: false, why });
  let decide: (d: BesideDecision) => void = () => undefined;
  let setAhead: (a: QuickAhead | null) => void = () => undefined;
  let setPhrases: (p: PhrasesAhead | null) => void = () => undefined;
  let answer: SearchStageAnswer | null = null;
  const decided = new Promise<BesideDecision>((done) => (decide = done));
  const ahead = new Promise<QuickAhead | null>((done) => (setAhead = done));
  const phrases = new Promise<PhrasesAhead | null>((done) => (setPhrases = done));
  const stage = new Promise<{ answer: Extract<SearchStageAnswer, { report: unknown }>; at: number }>((done, fail) => {
    child.on('message', (m: BesideMessage) => {
      if ('phrases' in m) setPhrases(m.phrases);
      else if ('decided' in m) decide(m.decided);
      else if ('warn' in m) warn(m.warn);
      else if ('ahead' in m) setAhead(m.ahead);
      else answer ??= m;
    });
    child.once('error', (e) => {
      warn(`the quick index could not be written ahead (${e.message}); the search stage writes it`);
      decide(after(`its process could not be started: ${e.message}`));
      setAhead(null);
      setPhrases(null);
    });
    // 'close': the process has exited and its IPC channel is closed, so its answer has arrived.
    child.once('close', (code, signal) => {
      const how = signal ? `on signal ${signal}` : `with exit code ${code}`;
      decide(after(`its process ended ${how}`));
      setAhead(null);
      setPhrases(null);
      const a = answer as SearchStageAnswer | null;
      if (a && 'report' in a) done({ answer: a, at: Date.now() });
      else fail(a ? stageError(a.error, 'beside the pages') : endedError(BESIDE_ENTRY, how));
    });
  });
  // Waited for only when it runs the stage.
  stage.catch(() => undefined);
  return { site: job.site, started: Date.now(), decided, ahead, phrases, stage };
}

export default function searchIndexIntegration(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let site = '';
  let beside: Beside | null = null;
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
        // The output folder of the build (build-beside.ts has made it the staging folder by now).
        site = config.outDir ? fileURLToPath(config.outDir) : '';
      },
      // The content layer has stored the speech data by now (Astro syncs it before this hook).
      // ARCHIVE_AHEAD=off: the /phrases/ page mines its set phrases itself (tests compare the two).
      'astro:build:start': ({ logger }) => {
        const phrases = process.env.ARCHIVE_AHEAD !== 'off';
        beside = startBeside({ cacheDir, base, site, phrases }, (s) => logger.warn(s));
        if (phrases) handOverPhrases(beside.phrases);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const early = beside;
        beside = null;
        // The pages have taken what they needed.
        handOverPhrases(null);
        const decision = early ? await early.decided : null;
        if (early && decision?.beside) {
          if (early.site !== fileURLToPath(dir))
            throw new Error(`archive-search-index: the search stage wrote into ${early.site}, the build into ${fileURLToPath(dir)}`);
          const { answer, at } = await early.stage;
          const { report, upMs } = answer;
          const when = at <= started ? `done ${started - at} ms before the pages` : `waited for ${Date.now() - started} ms after the pages`;
          logger.info(
            `search for ${report.speeches} speeches in ${at - early.started} ms, beside the pages (${decision.why}), ${when}: ` +
              `own process up in ${upMs} ms; ${report.steps}`,
          );
          return;
        }
        const stage = runInOwnProcess({ cacheDir, base, site: fileURLToPath(dir) }, early?.ahead ?? null);
        // While the stage's process starts and reads: this process waits for it, holding what
        // the pages left, and the build's peak is this process's resident memory plus the
        // stage's at the index's end. The pages' own caches go (page-caches.ts), and the
        // memory nothing reaches any more is given back (freeMemory).
        dropPageCaches();
        const freed = freeMemory();
        const { report, upMs } = await stage;
        logger.info(
          `search for ${report.speeches} speeches in ${Date.now() - started} ms${decision ? `, after the pages (${decision.why})` : ''}: ` +
            `own process up in ${upMs} ms; ${report.steps}; Astro's process while it waited: ${freedLine(freed)}`,
        );
      },
    },
  };
}
