/**
 * Entry of the Node process that mines the set phrases ahead (stored-phrases.ts), started by
 * set-phrases-ahead.ts at `astro:build:start` with child_process.fork: runs it for the job in
 * argv[2] (JSON, `{ cacheDir }`) and answers once on the IPC channel, `{ ahead }` or
 * `{ error }`, then exits. A process of its own: the stored speech data it reads is not
 * added to Astro's heap, and its work not to Astro's one thread.
 */
import type { PhrasesAhead } from '../lib/annotate/phrases-handed-over.ts';
import { phrasesOfStore } from './stored-phrases.ts';

/** What this process answers. */
export type SetPhrasesAnswer = { ahead: PhrasesAhead } | { error: string };

const answer = (m: SetPhrasesAnswer, code: number): void => {
  if (!process.send) {
    console.error(`${import.meta.filename}: run by set-phrases-ahead.ts with an IPC channel (child_process.fork), not alone`);
    process.exit(2);
  }
  // Exit once the answer is on its way: what it holds goes back to the system at once.
  process.send(m, () => process.exit(code));
};
// The build that started this process is gone: nobody waits for the result.
process.on('disconnect', () => process.exit(1));
try {
  const { cacheDir } = JSON.parse(process.argv[2] ?? '') as { cacheDir: string };
  answer({ ahead: await phrasesOfStore(cacheDir) }, 0);
} catch (e) {
  answer({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, 1);
}
