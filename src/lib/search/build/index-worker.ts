/** Worker thread of write-index.ts: writes the files of some gram kinds and posts what they came to. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Kind } from '../shared/format.ts';
import { newWork, writeKind, type KindStats, type Units } from './write-index.ts';

const { texts, outDir, kinds, P, opts } = workerData as {
  /** Shared with the calling thread and the other worker (SharedArrayBuffer), not copied. */
  texts: Units;
  outDir: string;
  kinds: Kind[];
  P: number;
  opts: { commonBytes: number; bucketBytes: number };
};
// One pool of arrays for every pass of every kind of this thread.
const work = newWork(texts, P);
const stats: Record<string, KindStats> = {};
for (const kind of kinds) stats[kind] = await writeKind(texts, outDir, kind, P, { ...opts, log: () => undefined }, work);
parentPort!.postMessage(stats);
