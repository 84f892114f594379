/** Where the benchmark reads and writes: everything it writes is under `bench/` (git-ignored). */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BENCH = resolve(ROOT, 'bench');
/** The real texts shared between projects (test data only, never shipped). */
export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');

export const corpusDir = (n: number) => resolve(BENCH, `corpus-${n}`);
export const distDir = (n: number) => resolve(BENCH, `dist-${n}`);
export const cacheDir = (n: number) => resolve(BENCH, `cache-${n}`);
export const reportDir = (n: number) => resolve(BENCH, `reports-${n}`);
export const logDir = resolve(BENCH, 'logs');
export const incrementalDistDir = (n: number) => resolve(BENCH, `dist-${n}-incremental`);
