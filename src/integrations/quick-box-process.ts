/**
 * Entry of the Node process that writes the quick box's index ahead (quick-box-ahead.ts),
 * started by search-index.ts at `astro:build:start` with child_process.fork: runs it for the
 * job in argv[2] (JSON, `{ cacheDir, base }`) and answers once on the IPC channel,
 * `{ ahead }` or `{ error }`, then exits. A process of its own: the stored speech data it
 * reads is not added to Astro's heap while the pages render.
 */
import { writeQuickBoxAhead, type QuickAhead } from './quick-box-ahead.ts';

/** What this process answers. */
export type QuickBoxAnswer = { ahead: QuickAhead } | { error: string };

const answer = (m: QuickBoxAnswer, code: number): void => {
  if (!process.send) {
    console.error(`${import.meta.filename}: run by search-index.ts with an IPC channel (child_process.fork), not alone`);
    process.exit(2);
  }
  // Exit once the answer is on its way: Pagefind's service must not keep the build waiting.
  process.send(m, () => process.exit(code));
};
// The build that started this process is gone: nobody waits for the result.
process.on('disconnect', () => process.exit(1));
try {
  const { cacheDir, base } = JSON.parse(process.argv[2] ?? '') as { cacheDir: string; base: string };
  answer({ ahead: await writeQuickBoxAhead(cacheDir, base) }, 0);
} catch (e) {
  answer({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, 1);
}
