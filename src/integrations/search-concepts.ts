/**
 * The glossary concepts each speech uses, for the search filters (search-input.ts
 * `conceptSlugs`), kept from build to build in the cache folder: a rebuild matches the
 * glossary's wordings only in new and changed speeches (at 10,000 speeches matching every
 * speech again took about a second of the search stage). A speech's concepts follow from
 * its text and the glossary alone, so they are kept by the speech's data key (the loader's
 * stamp: its raw file's bytes and the ingest code) under a key of the glossary: its entries,
 * the matching code and OpenCC's version (its table folds traditional characters).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryDigest, type GlossaryEntry } from '../lib/concepts/glossary.ts';
import { replaceFile } from '../lib/site/replace-file.ts';
import { openccVersion } from '../lib/concepts/opencc-version.ts';

export const CONCEPTS_FILE = 'search-concepts.json';

/** The code that decides a speech's concepts, and OpenCC's version. */
const CODE = (() => {
  const hash = createHash('sha256');
  for (const file of [
    '../lib/concepts/matcher.ts',
    '../lib/concepts/senses.ts',
    '../lib/concepts/glossary.ts',
    '../lib/text/fold.ts',
    '../lib/search/build/search-input.ts',
  ])
    hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  return hash.update(`opencc-js ${openccVersion()}`).digest('hex');
})();

/** Changes with any glossary entry or the code that matches it. */
export function glossaryKey(concepts: readonly GlossaryEntry[]): string {
  return createHash('sha256').update(CODE).update(glossaryDigest(concepts)).digest('hex');
}

interface Saved {
  glossary: string;
  /** Speech data key → its concepts' slugs. */
  speeches: Record<string, string[]>;
}

/** The concepts of each speech the last build kept under `glossary`, by data key (empty when none). */
export async function readConceptSlugs(cacheDir: string, glossary: string): Promise<Map<string, readonly string[]>> {
  try {
    const saved = JSON.parse(await readFile(join(cacheDir, CONCEPTS_FILE), 'utf8')) as Saved;
    return saved.glossary === glossary ? new Map(Object.entries(saved.speeches)) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps this build's concepts of each speech (written whole, then renamed into place). */
export async function saveConceptSlugs(cacheDir: string, glossary: string, slugs: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const file = join(cacheDir, CONCEPTS_FILE);
  const saved: Saved = { glossary, speeches: Object.fromEntries(slugs) as Saved['speeches'] };
  await replaceFile(file, JSON.stringify(saved));
}

/**
 * A speech's concepts: the kept ones when its key is among `kept`, else matched with the
 * matcher `match` makes (made at the first speech that needs it). `now` collects what this
 * build found, to keep; `matched` counts the speeches matched.
 */
export function conceptsWithKept<S>(
  kept: ReadonlyMap<string, readonly string[]>,
  keyOf: (speech: S) => string | null,
  match: (speech: S) => readonly string[],
): { slugsOf: (speech: S) => readonly string[]; now: Map<string, readonly string[]>; matched: () => number } {
  const now = new Map<string, readonly string[]>();
  let matched = 0;
  const slugsOf = (speech: S): readonly string[] => {
    const key = keyOf(speech);
    let slugs = key === null ? undefined : kept.get(key);
    if (!slugs) {
      matched++;
      slugs = match(speech);
    }
    if (key !== null) now.set(key, slugs);
    return slugs;
  };
  return { slugsOf, now, matched: () => matched };
}
