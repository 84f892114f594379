/**
 * Entry of the search stage's own Node process (started by search-index.ts with
 * child_process.fork): runs search-stage.ts for the job in argv[2] (JSON) and answers once
 * on the IPC channel, `{ report, upMs }` or `{ error }`, then exits. Its heap holds only the
 * stage's data: run inside Astro's process, whose heap holds ~0.9 GB at 10,000 speeches,
 * every major garbage collection of the stage marked all of that too (docs/PERFORMANCE.md).
 */
import type { QuickAhead } from './quick-box-ahead.ts';
import { runSearchStage, type SearchJob, type SearchStageReport } from './search-stage.ts';

/** What this process answers. */
export type SearchStageAnswer =
  | { report: SearchStageReport /** ms from this process's start to the stage's start. */; upMs: number }
  | { error: { message: string; stack: string } };

const upMs = Math.round(performance.now());
const answer = (m: SearchStageAnswer, code: number): void => {
  if (!process.send) {
    console.error(`${import.meta.filename}: run by search-index.ts with an IPC channel (child_process.fork), not alone`);
    process.exit(2);
  }
  // Exit once the answer is on its way: a handle left open (a worker, Pagefind's service) must not keep the build waiting.
  process.send(m, () => process.exit(code));
};
// The build that started this process is gone: nobody waits for the result.
process.on('disconnect', () => process.exit(1));
/** What Astro's process sends once the quick index written ahead is done (quick-box-ahead.ts); null: none was. */
export interface QuickAheadMessage {
  quickAhead: QuickAhead | null;
}
// Listened for at once: the message may come before the stage asks for it.
const ahead = new Promise<QuickAhead | null>((done) => process.once('message', (m) => done((m as QuickAheadMessage).quickAhead)));
try {
  const job = JSON.parse(process.argv[2] ?? '') as SearchJob;
  answer({ report: await runSearchStage(job, job.quickAhead ? ahead : Promise.resolve(null)), upMs }, 0);
} catch (e) {
  const error = e instanceof Error ? e : new Error(String(e));
  answer({ error: { message: error.message, stack: error.stack ?? '' } }, 1);
}
