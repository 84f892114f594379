/**
 * The search stage's work, run in a Node process of its own (search-stage-process.ts,
 * started by the integration search-index.ts) after the build: reads the speech data from
 * the content layer's store and writes
 *
 * - `dist/search-index/`: the archive's own n-gram index (src/lib/search/build/write-index.ts,
 *   format in docs/SEARCH-INDEX.md), speech ids in date order, newest first;
 * - `dist/search-data/filters.json.gz`, `filter-concepts.json.gz`: campaign, year, speaker and
 *   concepts per speech id (src/lib/search/shared/filter-columns.ts);
 * - `dist/pagefind/`: the quick box's small Pagefind index (quick-index.ts);
 * - `dist/search-data/text/<folder>/<k>.json.zlib`: each speech's blocks in chunks by position,
 *   with what a result shows of it (src/lib/search/shared/text-chunks.ts); folder =
 *   place in date order, oldest first. Only folders whose content changed are written
 *   (search-text-output.ts): at 10,000 speeches they are some 80,000 files. They are
 *   deflated with a preset dictionary, `dist/search-data/text-dictionary.gz`
 *   (build/text-dictionary.ts), kept from build to build in the cache.
 *
 * Every other file the search pages fetch by script is stored gzipped (src/lib/search/shared/packed.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glossaryMatcher } from '../lib/concepts/glossary.ts';
import type { Matcher } from '../lib/concepts/matcher.ts';
import { conceptSlugs, searchSpeeches, type SearchSpeech } from '../lib/search/build/search-input.ts';
import type { SpeechEntry } from '../lib/speech/schema.ts';
import { glossaryKey, readConceptSlugs, saveConceptSlugs } from './search-concepts.ts';
import { withKept } from '../lib/site/kept-by-key.ts';
import { updateSearchIndex, type IndexState, type IndexUpdate } from '../lib/search/build/update-index.ts';
import { encodeFilters } from '../lib/search/shared/filter-columns.ts';
import { TEXT_DICTIONARY, textChunks } from '../lib/search/shared/text-chunks.ts';
import { pack, packWithDictionary } from '../lib/search/build/pack.ts';
import { textDictionary, type DictionaryState } from '../lib/search/build/text-dictionary.ts';
import { readContentStore, type StoredContent } from './content-store.ts';
import { speechDigests, type SpeechDigests } from './search-digests.ts';
import { freedLine, freeMemory } from './free-memory.ts';
import { placeQuickIndex, quickDigest, quickRecords, writeQuickIndex, type QuickRecord } from './quick-index.ts';
import type { QuickAhead } from './quick-box-ahead.ts';
import { newestFirst } from '../lib/speech/order.ts';
import {
  FILTERS_FILE,
  placeTextFolders,
  quickEntryDigest,
  readTextState,
  saveTextState,
  takeTextState,
  type LastSearchOutput,
  type QuickState,
} from './search-text-output.ts';

/**
 * What the steps below share: the speeches in id order (newest first) as search takes them,
 * and the quick box's records. The speech data as stored is not kept: the search stage runs
 * at the build's peak memory.
 */
interface SearchInput {
  speeches: SearchSpeech[];
  /** Each speech's data key (`entryDataKey`), beside `speeches`; null without one. */
  keys: (string | null)[];
  quick: QuickRecord[];
}

/**
 * Step 1: the speech data as the content layer stored it (`stored`, read by
 * content-store.ts), as search takes it. The glossary is matched only in speeches whose
 * concepts the last build did not keep (search-concepts.ts). `stored` is taken over: its
 * lists are emptied once read, so that the speech data as stored is garbage while the
 * stage runs, whoever read it (the stage runs at the build's peak memory).
 */
async function searchInputOf(stored: StoredContent, cacheDir: string, base: string): Promise<SearchInput & { matched: number }> {
  const { speeches: entries, speechKeys, concepts } = stored;
  const term = new Map(concepts.map((c) => [c.slug, c.data.term]));
  const glossary = glossaryKey(concepts);
  const keyOf = new Map(entries.map((s, k) => [s, speechKeys[k] ?? null]));
  let matcher: Matcher | undefined;
  const found = withKept(
    await readConceptSlugs(cacheDir, glossary),
    (s: SpeechEntry) => keyOf.get(s) ?? null,
    (s) => conceptSlugs(s.blocks, (matcher ??= glossaryMatcher(concepts))),
  );
  const speeches = searchSpeeches(entries, found.valueFor, (slug) => term.get(slug) ?? slug, base);
  await saveConceptSlugs(cacheDir, glossary, found.now);
  // searchSpeeches takes them in this order too.
  const ordered = newestFirst(entries);
  const keys = ordered.map((s) => keyOf.get(s) ?? null);
  const quick = quickRecords(ordered, concepts, base);
  for (const list of [stored.speeches, stored.speechKeys, stored.concepts]) list.length = 0;
  return { speeches, keys, quick, matched: found.computed() };
}

/**
 * Step 2: the n-gram index, `dist/search-index/`: a delta segment over the last build's index
 * when few texts changed, else whole (build/update-index.ts; in worker threads from 2 M code
 * units, so the steps below run meanwhile).
 */
function writeNgramIndex(
  input: SearchInput,
  digests: readonly SpeechDigests[],
  site: string,
  previous: IndexState | null,
): Promise<IndexUpdate> {
  const texts = input.speeches.map((s) => s.text);
  const update = updateSearchIndex(
    texts,
    join(site, 'search-index'),
    previous,
    {},
    digests.map((d) => d[0]),
  );
  // The index has read the texts (its threads share them as code units): the strings, some
  // 170 MB at 10,000 speeches, go before its threads reach their peak.
  texts.fill('');
  for (const s of input.speeches) s.text = '';
  return update;
}

/** What the quick box's step did: kept, put in place from `ahead` (written in `aheadMs`), or written now; `waitMs` waiting for the index written ahead. */
interface QuickStep {
  state: QuickState;
  written: 'kept' | 'ahead' | 'now';
  aheadMs: number;
  waitMs: number;
}

/**
 * Step 3: the quick box's Pagefind index, `dist/pagefind/` (Pagefind's own process), unless
 * the last build wrote it from the same records and left it in place (`previous`): put in
 * place from the folder it was written ahead into while the pages rendered, when that was
 * written from these very records (quick-box-ahead.ts), else written now.
 */
async function writeQuickBox(
  input: SearchInput,
  site: string,
  previous: QuickState | null,
  ahead: Promise<QuickAhead | null>,
): Promise<QuickStep> {
  const digest = quickDigest(input.quick);
  const waiting = Date.now();
  const early = await ahead;
  // Beside the pages (search-beside.ts) the stage may get here before the index written ahead is.
  const waitMs = Date.now() - waiting;
  const drop = () => (early?.folder ? rm(early.folder, { recursive: true, force: true }) : undefined);
  if (previous?.records === digest) {
    await drop();
    return { state: previous, written: 'kept', aheadMs: 0, waitMs };
  }
  const pagefind = join(site, 'pagefind');
  let how: 'ahead' | 'now' = 'ahead';
  if (early?.folder && early.digest === digest) await placeQuickIndex(early.folder, pagefind);
  else {
    await drop();
    await writeQuickIndex(input.quick, pagefind);
    how = 'now';
  }
  return { state: { records: digest, entry: (await quickEntryDigest(site)) ?? '' }, written: how, aheadMs: early?.ms ?? 0, waitMs };
}

/** The chunks of the speech at `place` (newest first), each as JSON. */
const chunksOf = (input: SearchInput, place: number) => {
  const s = input.speeches[place]!;
  return textChunks(s.meta, s.blocks).map((c) => JSON.stringify(c));
};

/**
 * Step 4: the text chunks of every speech, `dist/search-data/text/`, changing only folders
 * whose content differs from `existing` (by the chunks' digests, `digests`), and their
 * dictionary (the last build's, `previous`, while it serves: build/text-dictionary.ts).
 */
async function writeTextChunks(
  input: SearchInput,
  digests: readonly SpeechDigests[],
  site: string,
  existing: readonly string[],
  previous: DictionaryState | null,
): Promise<{ written: number; moved: number; wanted: string[]; dictionary: DictionaryState }> {
  await mkdir(join(site, 'search-data'), { recursive: true });
  // Folder n holds the speech at place n in date order, oldest first.
  const count = input.speeches.length;
  const place = (n: number) => count - 1 - n;
  const files = (n: number) => chunksOf(input, place(n));
  const { dictionary, state } = textDictionary(previous, count, files);
  // A folder's content is its chunks as deflated with this dictionary: another dictionary, another content.
  const digest = createHash('sha256').update(dictionary).digest('hex');
  const wanted = Array.from({ length: count }, (_, n) =>
    createHash('sha256').update(digest).update(digests[place(n)]![1]).digest('hex').slice(0, 32),
  );
  // Deflated in this thread (pack.ts): the index's threads keep libuv's pool for their writes.
  const placed = await placeTextFolders(site, existing, wanted, (n) => files(n).map((json) => packWithDictionary(json, dictionary)));
  await writeFile(join(site, TEXT_DICTIONARY), pack(dictionary));
  return { ...placed, wanted, dictionary: state };
}

/** Step 5: the filters per speech id, `dist/search-data/filters.json.gz` and `filter-concepts.json.gz`. */
async function writeFilters(input: SearchInput, site: string): Promise<void> {
  const { filters, concepts } = encodeFilters(input.speeches.map((s) => s.filters));
  // Uncompressed copies an older build left.
  await Promise.all(['filters.json', 'filter-concepts.json'].map((f) => rm(join(site, 'search-data', f), { force: true })));
  await writeFile(join(site, 'search-data', 'filter-concepts.json.gz'), pack(JSON.stringify(concepts)));
  await writeFile(join(site, 'search-data', FILTERS_FILE), pack(JSON.stringify(filters)));
}

/** Runs `step` and records how long it took under `name`. */
function timed<T>(times: Record<string, number>, name: string, step: () => Promise<T>): Promise<T> {
  const t = Date.now();
  return step().finally(() => (times[name] = Date.now() - t));
}

/** What the stage works on: the build's cache folder (its content store and search state), the site's base path, the output folder. */
export interface SearchJob {
  cacheDir: string;
  /** Whether the quick index is being written ahead (quick-box-ahead.ts); what was written comes by message. */
  quickAhead?: boolean;
  /** `/` or `/archive/`: ends with a slash. */
  base: string;
  site: string;
}

/** What the stage did: how many speeches, and a line of what was written and how long each step took. */
export interface SearchStageReport {
  speeches: number;
  steps: string;
}

/** What the quick box's step did, for the stage's line. */
const quickLine = ({ written, aheadMs, waitMs }: QuickStep, ms: number) =>
  written === 'kept'
    ? `quick index kept (same records) in ${ms} ms`
    : written === 'ahead'
      ? `quick index written ahead beside the pages in ${aheadMs} ms, ${waitMs ? `waited for ${waitMs} ms, ` : ''}put in place in ${ms - waitMs} ms`
      : `quick index written in ${ms - waitMs} ms`;

/**
 * What the stage has worked out before it changes anything in the output or its state: the
 * speech data as search takes it, each speech's digests, and what the last build left
 * (read, not yet taken). Whether the rest is small work follows from it (search-beside.ts).
 */
export interface PreparedSearch {
  input: SearchInput & { matched: number };
  digests: SpeechDigests[];
  /** Speeches hashed (their digests not kept). */
  computed: number;
  last: LastSearchOutput;
  /** Each step's time so far, ms. */
  ms: Record<string, number>;
}

/**
 * Steps 1 and the digests, on the speech data `stored` (taken over: searchInputOf), read in
 * `readMs`: nothing of the output or of the output's state in the cache is changed (the
 * caches kept by data key are brought up to date).
 */
export async function prepareSearchStage(
  stored: StoredContent,
  readMs: number,
  { cacheDir, base, site }: SearchJob,
): Promise<PreparedSearch> {
  const ms: Record<string, number> = {};
  const input = await timed(ms, 'read', () => searchInputOf(stored, cacheDir, base));
  ms.read! += readMs;
  // Each speech's text and chunks hashed, or their digests as kept by data key (search-digests.ts).
  const { digests, computed } = await timed(ms, 'digests', () =>
    speechDigests(
      cacheDir,
      base,
      input.speeches.length,
      (n) => input.keys[n] ?? null,
      (n) => input.speeches[n]!.text,
      (n) => chunksOf(input, n),
    ),
  );
  return { input, digests, computed, last: await readTextState(cacheDir, site), ms };
}

/** Runs the rest of the search stage on what prepareSearchStage worked out; `ahead`: the quick index written ahead, if any (quick-box-ahead.ts). */
export async function finishSearchStage(
  { input, digests, computed, last, ms }: PreparedSearch,
  { cacheDir, site }: SearchJob,
  ahead: Promise<QuickAhead | null> = Promise.resolve(null),
): Promise<SearchStageReport> {
  // What the last build left (dropped from the cache until this build has finished).
  const state = await takeTextState(cacheDir, site, last);
  // The index (worker threads) runs while this thread writes text and filters; the quick
  // box (Pagefind's process) starts when the first of the two is done, so that it takes
  // the core the other leaves (on two cores three CPU-bound jobs at once are not faster;
  // after the whole index, as before, it ran 9.5 s with nothing beside it).
  const index = timed(ms, 'index', () => writeNgramIndex(input, digests, site, state.index));
  const written = (async () => {
    const text = await timed(ms, 'text', () => writeTextChunks(input, digests, site, state.text, state.dictionary));
    // The blocks are written: let them go while the index threads reach their peak.
    for (const s of input.speeches) s.blocks = [];
    await timed(ms, 'filters', () => writeFilters(input, site));
    // What the speech data as stored, the texts, the chunks and the filters needed is
    // garbage now: its pages go back to the system before the index threads and Pagefind
    // reach their peak (the build's peak memory is at the index's end).
    return { text, freed: freeMemory() };
  })();
  const quick = Promise.race([index, written]).then(() => timed(ms, 'quick', () => writeQuickBox(input, site, state.quick, ahead)));
  for (const p of [index, written, quick]) p.catch(() => undefined);
  const { text, freed } = await written;
  const [update, quickBox] = await Promise.all([index, quick]);
  await saveTextState(cacheDir, site, { hashes: text.wanted, dictionary: text.dictionary }, update.state, quickBox.state);
  const { stats } = update;
  const how = update.mode === 'full' ? 'written whole' : `a delta of ${update.delta} speech(es) over the last build's`;
  return {
    speeches: input.speeches.length,
    steps:
      `speech data read in ${ms.read} ms (concepts matched in ${input.matched} of them); ` +
      `digests in ${ms.digests} ms (${computed} hashed); ` +
      `index ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB in ${ms.index} ms (${how}); text folders ${text.written} written, ${text.moved} moved in ${ms.text} ms, filters in ${ms.filters} ms, then ${freedLine(freed)}; ${quickLine(quickBox, ms.quick!)}`,
  };
}

/** Runs the search stage, reading the speech data from the content layer's store; `ahead`: the quick index written ahead, if any (quick-box-ahead.ts). */
export async function runSearchStage(
  job: SearchJob,
  ahead: Promise<QuickAhead | null> = Promise.resolve(null),
): Promise<SearchStageReport> {
  const started = Date.now();
  const stored = await readContentStore(job.cacheDir);
  return finishSearchStage(await prepareSearchStage(stored, Date.now() - started, job), job, ahead);
}
