/**
 * The digest of what a build may keep of an output (kept-output.ts), made in a worker
 * thread: at the swap, Astro's process holds the pages' heap (over 1 GB at 10,000 speeches),
 * and the walk's 200,000 entries, made and dropped there, cost it more than their reading
 * (docs/PERFORMANCE.md, session 12); a thread has a heap of its own, freed when it ends.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { keptOutput } from './kept-output.ts';

interface Job {
  dir: string;
  pages: string[];
  folders: string[];
}

/** keptOutput(…).digest, in a worker thread. */
export function keptOutputDigest(dir: string, pages: ReadonlySet<string>, folders: readonly string[]): Promise<string> {
  const job: Job = { dir, pages: [...pages], folders: [...folders] };
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (digest: string) => done(digest));
    worker.once('error', fail);
    worker.once('exit', (code) => (code === 0 ? undefined : fail(new Error(`the output's digest: its thread ended with ${code}`))));
  });
}

if (parentPort && (workerData as Job | null)?.dir) {
  const { dir, pages, folders } = workerData as Job;
  parentPort.postMessage(keptOutput(dir, new Set(pages), folders).digest);
}
