/**
 * Writing `search-data/text/` into dist/, changing only the folders whose content differs
 * from what the last build left there: at 10,000 speeches they hold some 40,000 small
 * files, and deleting and writing them all again took a one-file rebuild 10–20 s.
 *
 * What the last build left is known from `search-text.json` in the cache: the content hash
 * of every folder, a hash of the `search-data/filters.json.gz` it wrote beside them, and what
 * the n-gram index was built from (build/update-index.ts, which checks it against the
 * index's manifest): the archive's one file of search state. It
 * is trusted only while dist/ holds that very filters file; it is deleted before anything
 * is changed and written again once all is done, so a build that fails half-way leaves
 * none, and the next build writes every folder afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import type { IndexState } from '../lib/search/build/update-index.ts';
import type { DictionaryState } from '../lib/search/build/text-dictionary.ts';
import { textChunkPath } from '../lib/search/shared/text-chunks.ts';
import { planTextFolders } from '../lib/search/text-folders.ts';

const STATE = 'search-text.json';

/** The filters file in `search-data/`, also the witness of the text folders beside it. */
export const FILTERS_FILE = 'filters.json.gz';

interface TextState {
  /** sha256 of `search-data/filters.json.gz` as written with these folders. */
  witness: string;
  /** Content hash of each `search-data/text/<n>/`. */
  text: string[];
  /** The preset dictionary the chunks in those folders were deflated with (build/text-dictionary.ts). */
  dictionary?: DictionaryState;
  /** What the n-gram index in `search-index/` was built from (update-index.ts; it checks its own witness, the manifest). */
  index?: IndexState;
  /** The quick box's index in `pagefind/`: a digest of its records, and of `pagefind-entry.json` as written from them. */
  quick?: QuickState;
}

export interface QuickState {
  records: string;
  entry: string;
}

/** Digest of the quick box's `pagefind-entry.json` in `site`, or null when there is none. */
export const quickEntryDigest = (site: string): Promise<string | null> =>
  readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8').then(sha, () => null);

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const witnessOf = (site: string) => readFile(join(site, 'search-data', FILTERS_FILE)).then(sha, () => null);

/**
 * The digest of the records the last build wrote the quick index from, as its state says,
 * without taking the state (takeTextState does, and checks it against the output).
 */
export const keptQuickRecords = (cacheDir: string): Promise<string | null> =>
  readFile(join(cacheDir, STATE), 'utf8').then(
    (t) => (JSON.parse(t) as TextState).quick?.records ?? null,
    () => null,
  );

/** What the last build left in `site`, as its state says (readTextState). */
export interface LastSearchOutput {
  /** The text folders' hashes and their dictionary; none when `site` does not hold the filters file they were written with. */
  text: string[];
  dictionary: DictionaryState | null;
  /** False when the text folders are not the ones the state describes: takeTextState clears them. */
  textKept: boolean;
  /** The index's state (null when none); update-index.ts checks it against the index's manifest. */
  index: IndexState | null;
  /** The quick box's, while `site` holds the entry file it was written with. */
  quick: QuickState | null;
}

/** What the last build left in `site`, as its state in `cacheDir` describes it; reads only (takeTextState takes it). */
export async function readTextState(cacheDir: string, site: string): Promise<LastSearchOutput> {
  const saved = await readFile(join(cacheDir, STATE), 'utf8').then(
    (t) => JSON.parse(t) as TextState,
    () => null,
  );
  const index = saved?.index ?? null;
  const quick = saved?.quick && saved.quick.entry === (await quickEntryDigest(site)) ? saved.quick : null;
  if (saved && saved.witness === (await witnessOf(site)))
    return { text: saved.text, dictionary: saved.dictionary ?? null, textKept: true, index, quick };
  return { text: [], dictionary: null, textKept: false, index, quick };
}

/**
 * What the last build left in `site`: the text folders and their dictionary (none, after
 * clearing `search-data/text/`, when that is not known) and the index's state (null when
 * none). The state goes from the cache until saveTextState writes this build's.
 * `last`: what readTextState read of it, when the caller has it.
 */
export async function takeTextState(cacheDir: string, site: string, last?: LastSearchOutput): Promise<LastSearchOutput> {
  const state = last ?? (await readTextState(cacheDir, site));
  await rm(join(cacheDir, STATE), { force: true });
  if (!state.textKept) await rm(join(site, 'search-data', 'text'), { recursive: true, force: true });
  return state;
}

/** Records the folders and their dictionary, the index and the quick box now in `site`; call after the filters file is written. */
export async function saveTextState(
  cacheDir: string,
  site: string,
  text: { hashes: string[]; dictionary: DictionaryState },
  index: IndexState,
  quick: QuickState,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const state: TextState = { witness: (await witnessOf(site)) ?? '', text: text.hashes, dictionary: text.dictionary, index, quick };
  await writeFile(join(cacheDir, STATE), JSON.stringify(state));
}

/**
 * Makes `search-data/text/` hold, in folder n, the files of the n-th wanted folder:
 * kept, moved from another folder, or written with `files(n)` (each chunk as stored).
 * Moved and written files alike carry the time of this build.
 *
 * Written folders are written synchronously, one after another (a turn of the event loop
 * between two, so the thread still hears its workers): at 10,000 speeches a first build
 * writes some 80,000 chunk files, and each asynchronous write took three trips through
 * libuv's pool and twice the CPU (16,000 files: 1.5 s against 0.8 s), on the cores
 * the index's threads were using (docs/PERFORMANCE.md, session 7).
 */
export async function placeTextFolders(
  site: string,
  existing: readonly string[],
  wanted: readonly string[],
  files: (n: number) => Uint8Array[],
): Promise<{ written: number; moved: number }> {
  const text = join(site, 'search-data', 'text');
  await mkdir(text, { recursive: true });
  const plan = planTextFolders(existing, wanted);
  const aside = (n: number) => join(text, `moving-${n}`);
  for (const { from } of plan.moves) await rename(join(text, String(from)), aside(from));
  await Promise.all(plan.remove.map((n) => rm(join(text, String(n)), { recursive: true, force: true })));
  for (const { from, to } of plan.moves) await rename(aside(from), join(text, String(to)));
  // A rename keeps a file's modification time, and the staging folder of the next build is
  // brought up to this output by size and modification time (src/lib/site/mirror-plan.ts):
  // two speeches' chunks of one size would pass for the same file there. A moved file is
  // given the time of its move, as if written.
  const now = new Date();
  await pool(plan.moves, 8, async ({ to }) => {
    const dir = join(text, String(to));
    await Promise.all((await readdir(dir)).map((name) => utimes(join(dir, name), now, now)));
  });
  for (const n of plan.write) {
    const dir = join(text, String(n));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    for (const [k, body] of files(n).entries()) writeFileSync(join(site, textChunkPath(n, k)), body);
    await nextTurn();
  }
  return { written: plan.write.length, moved: plan.moves.length };
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
