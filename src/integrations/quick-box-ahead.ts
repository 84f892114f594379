/**
 * The quick box's Pagefind index written ahead, while Astro renders the pages: its records
 * follow from the speech data alone (quick-index.ts), which the content layer has stored
 * before `astro:build:start`, so Pagefind's 7–10 s at 10,000 speeches (its own process,
 * written whole whenever a record changes) need not wait for the pages and the rest of the
 * search stage. It is written into a folder of the cache; the search stage puts it in place
 * when the records it reads are the same (search-stage.ts), else writes the index itself.
 * The files are the ones the search stage would write: only when they are written changes.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { newestFirst } from '../lib/speech/order.ts';
import { readContentStore } from './content-store.ts';
import { freeMemory } from './free-memory.ts';
import { quickDigest, quickRecords, writeQuickIndex, type QuickRecord } from './quick-index.ts';
import { keptQuickRecords } from './search-text-output.ts';

/** What was written ahead: the digest of the records (quickDigest), and the folder holding their index (null: the last build's records, nothing written). */
export interface QuickAhead {
  digest: string;
  folder: string | null;
  /** How long it took, ms (reading the speech data included). */
  ms: number;
}

/** The folder of the cache the index is written ahead into. */
export const aheadFolder = (cacheDir: string): string => join(cacheDir, 'quick-index-ahead');

/** Writes the quick index of the speech data stored in `cacheDir` ahead, unless the last build wrote it from the same records. */
export async function writeQuickBoxAhead(cacheDir: string, base: string): Promise<QuickAhead> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const folder = aheadFolder(cacheDir);
  await rm(folder, { recursive: true, force: true });
  const records = await recordsOf(cacheDir, base);
  // The stored speech data (some 0.5 GB at 10,000 speeches) is garbage now: back to the
  // system before Pagefind starts, beside Astro's pages.
  freeMemory();
  const digest = quickDigest(records);
  if ((await keptQuickRecords(cacheDir)) === digest) return { digest, folder: null, ms: took() };
  await writeQuickIndex(records, folder);
  return { digest, folder, ms: took() };
}

/** The quick box's records of the speech data stored in `cacheDir`, as the search stage makes them (search-stage.ts). */
async function recordsOf(cacheDir: string, base: string): Promise<QuickRecord[]> {
  const { speeches, concepts } = await readContentStore(cacheDir);
  return quickRecords(newestFirst(speeches), concepts, base);
}
