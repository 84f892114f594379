/** Worker thread of write-index.ts: writes the files of some gram kinds and posts what they came to. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Kind } from '../shared/format.ts';
import { writeKind, type KindStats } from './write-index.ts';

const { texts, outDir, kinds, P, opts } = workerData as {
  texts: string[];
  outDir: string;
  kinds: Kind[];
  P: number;
  opts: { commonBytes: number; bucketBytes: number };
};
const stats: Record<string, KindStats> = {};
for (const kind of kinds) stats[kind] = await writeKind(texts, outDir, kind, P, { ...opts, log: () => undefined });
parentPort!.postMessage(stats);
