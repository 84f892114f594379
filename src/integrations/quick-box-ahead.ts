/**
 * The quick box's Pagefind index written ahead, while Astro renders the pages: its records
 * follow from the speech data alone (quick-index.ts), which the content layer has stored
 * before `astro:build:start`, so Pagefind's 7–10 s at 10,000 speeches (its own process,
 * written whole whenever a record changes) need not wait for the pages and the rest of the
 * search stage. It is written into a folder of the cache by the process the build starts
 * at that hook (search-beside.ts), and the search stage puts it in place when the records it
 * reads are the same (search-stage.ts), else writes the index itself. The files are the ones
 * the search stage would write: only when they are written changes.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { quickDigest, writeQuickIndex, type QuickRecord } from './quick-index.ts';

/** What was written ahead: the digest of the records (quickDigest), and the folder holding their index (null: the last build's records, nothing written). */
export interface QuickAhead {
  digest: string;
  folder: string | null;
  /** How long it took, ms (reading the speech data included). */
  ms: number;
}

/** The folder of the cache the index is written ahead into. */
export const aheadFolder = (cacheDir: string): string => join(cacheDir, 'quick-index-ahead');

/**
 * Writes the quick index of `records` (quickRecords of the speech data as stored) ahead,
 * unless the last build wrote it from the same records (`kept`: keptQuickRecords, read
 * before the search stage takes its state). `started`: when the work began (performance.now(),
 * the store's read included), for QuickAhead's time.
 */
export async function writeQuickBoxAhead(
  records: readonly QuickRecord[],
  cacheDir: string,
  kept: string | null,
  started = performance.now(),
): Promise<QuickAhead> {
  const took = () => Math.round(performance.now() - started);
  const folder = aheadFolder(cacheDir);
  await rm(folder, { recursive: true, force: true });
  const digest = quickDigest(records);
  if (kept === digest) return { digest, folder: null, ms: took() };
  await writeQuickIndex(records, folder);
  return { digest, folder, ms: took() };
}
