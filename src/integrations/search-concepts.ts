/**
 * The glossary concepts each speech uses, for the search filters (search-input.ts
 * `conceptSlugs`), kept from build to build in the cache folder: a rebuild matches the
 * glossary's wordings only in new and changed speeches (at 10,000 speeches matching every
 * speech again took about a second of the search stage). A speech's concepts follow from
 * its text and the glossary alone, so they are kept by the speech's data key (the loader's
 * stamp: its raw file's bytes and the ingest code) under a key of the glossary: its entries,
 * the matching code and OpenCC's version (its table folds traditional characters). The
 * lookup and the file are kept-by-key.ts's (`withKept`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryDigest, type GlossaryEntry } from '../lib/concepts/glossary.ts';
import { readKept, saveKept } from '../lib/site/kept-by-key.ts';
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

/** The concepts of each speech the last build kept under `glossary`, by data key (empty when none). */
export async function readConceptSlugs(cacheDir: string, glossary: string): Promise<Map<string, readonly string[]>> {
  return new Map((await readKept<readonly string[]>(join(cacheDir, CONCEPTS_FILE), glossary))?.values ?? []);
}

/** Keeps this build's concepts of each speech (written whole, then renamed into place). */
export async function saveConceptSlugs(cacheDir: string, glossary: string, slugs: ReadonlyMap<string, readonly string[]>): Promise<void> {
  await saveKept(join(cacheDir, CONCEPTS_FILE), { key: glossary, head: null, values: slugs });
}
