/**
 * Entry of the Node process the build starts at `astro:build:start` (search-index.ts, with
 * child_process.fork), for the job in argv[2] (JSON, a BesideJob): reads the speech data as
 * stored once, writes the quick box's index ahead (quick-box-ahead.ts), mines the /phrases/
 * page's set phrases (stored-phrases.ts) and, when the change is small, runs the whole
 * search stage beside the pages (search-beside.ts). A process of its own: the stored speech
 * data it reads is not added to Astro's heap while the pages render, and its work is not
 * on Astro's one thread. Its messages on the IPC channel, in this order:
 *
 * - `{ phrases }`: the set phrases (null, after a `{ warn }`, when mining failed or
 *   `job.phrases` is false: the page then mines them itself);
 * - `{ decided }`: whether it runs the stage (sent as soon as that is known);
 * - running it: `{ warn }` when the quick index could not be written ahead (the stage then
 *   writes it), then `{ report, upMs }` or `{ error }`;
 * - not running it: `{ ahead }` once the quick index is written ahead (null: it failed, and
 *   `warn` says why).
 *
 * Then it exits.
 */
import type { PhrasesAhead } from '../lib/annotate/phrases-handed-over.ts';
import { newestFirst } from '../lib/speech/order.ts';
import { readContentStore } from './content-store.ts';
import { freeMemory } from './free-memory.ts';
import { writeQuickBoxAhead, type QuickAhead } from './quick-box-ahead.ts';
import { quickRecords } from './quick-index.ts';
import { decideByKeys, decidePrepared, unkeptSpeeches, type BesideDecision } from './search-beside.ts';
import type { SearchStageAnswer } from './search-stage-process.ts';
import { finishSearchStage, prepareSearchStage, type PreparedSearch, type SearchJob } from './search-stage.ts';
import { keptQuickRecords } from './search-text-output.ts';
import { phrasesOfStored } from './stored-phrases.ts';

/** The job: the search stage's, and whether to mine the set phrases (ARCHIVE_AHEAD=off: not). */
export type BesideJob = SearchJob & { phrases: boolean };

/** What this process sends. */
export type BesideMessage =
  | { phrases: PhrasesAhead | null }
  | { decided: BesideDecision }
  | { warn: string }
  | { ahead: QuickAhead | null }
  | SearchStageAnswer;

const upMs = Math.round(performance.now());
if (!process.send) {
  console.error(`${import.meta.filename}: run by search-index.ts with an IPC channel (child_process.fork), not alone`);
  process.exit(2);
}
const send = (m: BesideMessage) => new Promise<void>((done) => process.send!(m, () => done()));
/** The last message: exit once it is on its way (a worker, Pagefind's service must not keep the build waiting). */
const last = (m: BesideMessage, code: number) => send(m).then(() => process.exit(code));
const errorOf = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
// The build that started this process is gone: nobody waits for the result.
process.on('disconnect', () => process.exit(1));

const job = JSON.parse(process.argv[2] ?? '') as BesideJob;
let quick: Promise<QuickAhead> | null = null;

/**
 * Reads the speech data as stored, starts the quick index ahead (`quick`) and decides; what
 * was read is garbage once this returns, but for what the stage has worked out (`prepared`).
 */
async function readAndDecide(): Promise<{ decided: BesideDecision; prepared: PreparedSearch | null }> {
  const started = performance.now();
  const stored = await readContentStore(job.cacheDir);
  const readMs = Math.round(performance.now() - started);
  const records = quickRecords(newestFirst(stored.speeches), stored.concepts, job.base);
  // Read before the stage takes its state (search-text-output.ts).
  quick = writeQuickBoxAhead(records, job.cacheDir, await keptQuickRecords(job.cacheDir), started);
  quick.catch(() => undefined);
  // While Pagefind writes the quick index in its own process: the page takes these some
  // 15 s after astro:build:start in a rebuild, and waits for them if they are late.
  await send({ phrases: job.phrases ? mineAhead(stored, started) : null });
  const byKeys = decideByKeys(await unkeptSpeeches(stored, job.cacheDir, job.base), stored.speeches.length);
  if (byKeys) return { decided: byKeys, prepared: null };
  const prepared = await prepareSearchStage(stored, readMs, job);
  return { decided: decidePrepared(prepared, job.site), prepared };
}

/** The set phrases of `stored`, or null (and why, to the build's log) when mining failed: the page then mines them itself and fails with its own error if it must. */
function mineAhead(stored: Parameters<typeof phrasesOfStored>[0], started: number): PhrasesAhead | null {
  try {
    return phrasesOfStored(stored, started);
  } catch (e) {
    void send({ warn: `the set phrases were not mined ahead (${errorOf(e).message}); the page mines them` });
    return null;
  }
}

/** Not running the stage: the quick index written ahead, or null (and why) when it was not. */
async function answerAhead(failed?: Error): Promise<void> {
  const ahead = await (quick ?? Promise.reject(failed)).catch(async (e: unknown) => {
    await send({ warn: `the quick index was not written ahead (${errorOf(e).message}); the search stage writes it` });
    return null;
  });
  await last({ ahead }, 0);
}

let decided: BesideDecision | null = null;
try {
  const outcome = await readAndDecide();
  decided = outcome.decided;
  await send({ decided });
  if (decided.beside) {
    const ahead = quick!.catch(async (e: unknown) => {
      await send({ warn: `the quick index could not be written ahead (${errorOf(e).message}); the search stage writes it` });
      return null;
    });
    await last({ report: await finishSearchStage(outcome.prepared!, job, ahead), upMs }, 0);
  } else {
    // What was worked out goes back to the system before Pagefind's peak, beside Astro's pages.
    outcome.prepared = null;
    freeMemory();
    await answerAhead();
  }
} catch (e) {
  const error = errorOf(e);
  if (decided?.beside) await last({ error: { message: error.message, stack: error.stack ?? '' } }, 1);
  else {
    // The stage runs after the pages, and fails there with its own message if it must.
    if (!decided) await send({ decided: { beside: false, why: `not worked out here: ${error.message}` } });
    await answerAhead(error);
  }
}
