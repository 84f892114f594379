/**
 * Writing the search output into dist/ (`pagefind/` and `search-data/`), changing only
 * what differs from what the last build left there: at 10,000 speeches these folders
 * hold about 45,000 files, and deleting and writing them all again took a one-file
 * rebuild 10–20 s on this machine's disk.
 *
 * What the last build left is known from `search-output.json` in the cache: the content
 * hash of every text folder, the cached bundle of every shard, the hash of every pair
 * list, and the hash of the `search-data/index.json` it wrote. It is trusted only while
 * the output folder's index.json is the one it wrote (a copy of that output, made with
 * its times, will do: it is the same output); it is deleted
 * before anything is changed and written again once all is done, so a build that fails
 * half-way leaves none, and the next build writes everything afresh.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchDataIndex, TextChunk } from '../lib/search/search-data.ts';
import { shardPath } from '../lib/search/index-shards.ts';
import { planTextFolders } from '../lib/search/text-folders.ts';

const STATE = 'search-output.json';

export interface OutputState {
  /** sha256 of the `search-data/index.json` written. */
  index: string;
  /** Content hash of each `search-data/text/<n>/` (see textHash). */
  text: string[];
  /** Cache key of the bundle in each shard's folder (`pagefind/`, `pagefind/s1/` …). */
  shards: string[];
  /** Hash of each `search-data/pairs/<code>.json`. */
  pairs: Record<string, string>;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The chunk files of one speech, as written. */
export const chunkFiles = (chunks: readonly TextChunk[]) => chunks.map((c) => JSON.stringify(c));
/** What names a text folder's content. */
export const textHash = (files: readonly string[]) => sha(files.join('\n')).slice(0, 32);

/**
 * What the last build left in `site`, or, when that is not known, an empty state after
 * clearing both folders. Either way the saved state is gone until `saveState`.
 */
export async function takeState(cacheDir: string, site: string): Promise<OutputState> {
  const saved = await readFile(join(cacheDir, STATE), 'utf8').then((t) => JSON.parse(t) as OutputState, () => null);
  await rm(join(cacheDir, STATE), { force: true });
  const index = await readFile(join(site, 'search-data', 'index.json'), 'utf8').then(sha, () => null);
  if (saved && saved.index === index) return saved;
  await rm(join(site, 'search-data'), { recursive: true, force: true });
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  return { index: '', text: [], shards: [], pairs: {} };
}

export async function saveState(cacheDir: string, state: OutputState): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(cacheDir, STATE), JSON.stringify(state));
}

/**
 * Makes `search-data/text/` hold, in folder n, the files of the n-th wanted folder:
 * kept, moved from another folder, or written with `files(n)`.
 */
export async function placeTextFolders(site: string, existing: readonly string[], wanted: readonly string[], files: (n: number) => Promise<string[]>): Promise<{ written: number; moved: number }> {
  const text = join(site, 'search-data', 'text');
  await mkdir(text, { recursive: true });
  const plan = planTextFolders(existing, wanted);
  const aside = (n: number) => join(text, `moving-${n}`);
  for (const { from } of plan.moves) await rename(join(text, String(from)), aside(from));
  await Promise.all(plan.remove.map((n) => rm(join(text, String(n)), { recursive: true, force: true })));
  for (const { from, to } of plan.moves) await rename(aside(from), join(text, String(to)));
  await pool(plan.write, 8, async (n) => {
    const dir = join(text, String(n));
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await Promise.all((await files(n)).map((body, k) => writeFile(join(dir, `${k}.json`), body)));
  });
  return { written: plan.write.length, moved: plan.moves.length };
}

/** Puts each shard's cached bundle in its folder, leaving alone those that hold it already. */
export async function placeShards(site: string, existing: readonly string[], keys: readonly string[], bundle: (key: string) => string, keep: (k: number, path: string) => boolean): Promise<number> {
  let placed = 0;
  for (const [k, key] of keys.entries()) {
    if (existing[k] === key) continue;
    const dir = join(site, shardPath(k));
    // Shard 0's folder holds the other shards' folders (s1, s2 …): those stay.
    for (const name of await readdir(dir).catch(() => [])) if (k > 0 || !/^s\d+$/.test(name)) await rm(join(dir, name), { recursive: true, force: true });
    await linkTree(bundle(key), dir, (path) => keep(k, path));
    placed++;
  }
  for (let k = keys.length; k < existing.length; k++) await rm(join(site, shardPath(k)), { recursive: true, force: true });
  return placed;
}

/**
 * `search-data/pairs/<code>.json`, every character pair in the archive that starts with
 * that character; files whose list did not change are left alone. Returns their hashes.
 */
export async function placePairs(site: string, existing: Readonly<Record<string, string>>, pairs: ReadonlyMap<string, ReadonlySet<string>>): Promise<Record<string, string>> {
  const dir = join(site, 'search-data', 'pairs');
  await mkdir(dir, { recursive: true });
  const hashes: Record<string, string> = {};
  for (const first of [...pairs.keys()].sort()) {
    const body = JSON.stringify([...pairs.get(first)!].sort().map((n) => first + n));
    hashes[first] = sha(body).slice(0, 32);
    if (existing[first] !== hashes[first]) await writeFile(join(dir, `${first}.json`), body);
  }
  for (const first of Object.keys(existing)) if (!(first in hashes)) await rm(join(dir, `${first}.json`), { force: true });
  return hashes;
}

/** `search-data/index.json`: the shard count, every speech's Pagefind id in catalog order (newest first), the filter counts. Returns its hash. */
export async function writeIndex(site: string, catalog: readonly { url: string }[], ids: ReadonlyMap<string, string>, shards: number, filters: SearchDataIndex['filters']): Promise<string> {
  const order = catalog.map(({ url }) => {
    const id = ids.get(url);
    if (!id) throw new Error(`The search index has no record for ${url}: rebuild with --force to re-index every shard.`);
    return id;
  });
  if (ids.size !== catalog.length) throw new Error(`The search index holds ${ids.size} records for ${catalog.length} speeches: rebuild with --force.`);
  const index: SearchDataIndex = { shards, order, filters };
  const body = JSON.stringify(index);
  await writeFile(join(site, 'search-data', 'index.json'), body);
  return sha(body);
}

/**
 * Puts every file under `from` that passes `keep` at the same place under `to`: a hard
 * link to the cached file where the file system allows (a shard holds thousands of
 * files; linking them takes a fraction of copying), else a copy.
 */
async function linkTree(from: string, to: string, keep: (path: string) => boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (e) => {
      const src = join(from, e.name);
      const dest = join(to, e.name);
      if (e.isDirectory()) return linkTree(src, dest, keep);
      if (!keep(src)) return;
      await link(src, dest).catch(() => copyFile(src, dest));
    }),
  );
}

/** Runs `work` on every item, at most `limit` at a time. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
