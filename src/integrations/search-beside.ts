/**
 * The search stage started beside the pages, in a small rebuild. Search is built from the
 * speech data the content layer stored before `astro:build:start`, never from the pages,
 * and it writes only its own folders of the output (`search-index/`, `search-data/`,
 * `pagefind/`), which neither Astro nor build-beside.ts touch between that hook and
 * `astro:build:done`. So a process started at `astro:build:start`
 * (search-beside-process.ts) reads the store once, starts the quick box's index ahead
 * (quick-box-ahead.ts) and works out how much of search changed. When that is little, it
 * runs the whole stage there and then, while Astro renders the pages, and the build only
 * waits for its answer at the end; a one-file rebuild at 10,000 speeches spent 2.3–2.9 s
 * after the pages on it (docs/PERFORMANCE.md, session 13).
 *
 * Otherwise it only writes the quick index ahead, and the stage runs after the pages as
 * before (search-index.ts): a full build's stage holds some 2 GB at 10,000 speeches and
 * Astro's process as much while it renders every page, and the build's peak must stay
 * under 3 GB. "Little" is the bound a delta of the n-gram index has (update-index.ts
 * `deltaLimit`: 1 % of the speeches, at least 32): at most that many speeches whose
 * concepts or digests the last build did not keep (so the site's code, the glossary and
 * the base path are as they were: a change to any of them computes every speech again,
 * and renders every page), the index written as a delta, the text folders and their
 * dictionary as the last build left them. The files written are the same either way:
 * only when they are written changes.
 */
import { join } from 'node:path';
import { deltaLimit, deltaPlan } from '../lib/search/build/update-index.ts';
import { dictionaryServes } from '../lib/search/build/text-dictionary.ts';
import { readKept } from '../lib/site/kept-by-key.ts';
import type { StoredContent } from './content-store.ts';
import { glossaryKey, readConceptSlugs } from './search-concepts.ts';
import { DIGESTS_FILE, digestsKey, type SpeechDigests } from './search-digests.ts';
import type { PreparedSearch } from './search-stage.ts';

/** Whether the stage runs beside the pages, and why (for the build's line). */
export interface BesideDecision {
  beside: boolean;
  why: string;
}

/**
 * The speeches the stage computes something for (their concepts or their digests are not
 * kept by data key): known from the data keys alone, before anything is computed.
 */
export async function unkeptSpeeches(stored: StoredContent, cacheDir: string, base: string): Promise<number> {
  const digests = await readKept<SpeechDigests>(join(cacheDir, DIGESTS_FILE), digestsKey(base));
  const concepts = await readConceptSlugs(cacheDir, glossaryKey(stored.concepts));
  return stored.speechKeys.filter((key) => key === null || !digests?.values.has(key) || !concepts.has(key)).length;
}

/** Before anything is computed: after the pages, when more than `deltaLimit` speeches are to be computed (null: read on). */
export function decideByKeys(unkept: number, speeches: number): BesideDecision | null {
  const bound = deltaLimit(speeches);
  return unkept > bound ? { beside: false, why: `${unkept} speeches to compute, more than ${bound}` } : null;
}

/** Once the digests are known (`prepared`): beside the pages when the rest is small work in the output `site`. */
export function decidePrepared({ input, digests, computed, last }: PreparedSearch, site: string): BesideDecision {
  const count = input.speeches.length;
  const plan = deltaPlan(
    join(site, 'search-index'),
    last.index,
    digests.map((d) => d[0]),
  );
  if (!plan) return { beside: false, why: 'the n-gram index written whole' };
  if (!last.textKept || !dictionaryServes(last.dictionary, count)) return { beside: false, why: 'every text folder written again' };
  return {
    beside: true,
    why: `${computed} speech(es) hashed, the index a delta of ${plan.delta.length}, at most ${deltaLimit(count)} for this`,
  };
}
