/**
 * What the search stage hashes of each speech to find what changed since the last build:
 * the digest of its search text (the n-gram index's delta, build/update-index.ts
 * `textDigest`) and of its text chunks as JSON (which text folders to write,
 * search-text-output.ts). A rebuild of one file hashed all of them again (at 10,000
 * speeches some 49 million characters of text and as much of chunks). Both follow from
 * the speech's data, the site's base path and the code that makes the text and the chunks,
 * so they are kept by the speech's data key (src/lib/site/kept-by-key.ts) under a key of
 * the base path and the site's whole code (any change to it: every speech hashed again).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textDigest } from '../lib/search/build/update-index.ts';
import { siteCodeDigest } from '../lib/site/code-digest.ts';
import { readKept, saveKept, withKept } from '../lib/site/kept-by-key.ts';

export const DIGESTS_FILE = 'search-digests.json';

/** A speech's digests: of its search text, of its text chunks (`chunksDigest`). */
export type SpeechDigests = readonly [text: string, chunks: string];

/** The project folder: the code the digests are made by is its `src/`. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the kept digests are valid under: the site's base path and code. */
export const digestsKey = (base: string): string =>
  createHash('sha256').update(siteCodeDigest(ROOT)).update('\0').update(base).digest('hex');

/** Digest of a speech's text chunks, each as its JSON. */
export const chunksDigest = (chunks: readonly string[]): string =>
  createHash('sha256').update(chunks.join('\n')).digest('base64url').slice(0, 22);

/**
 * The digests of `count` speeches (by place): kept ones by `keyOf(place)`, else made from
 * `text(place)` and `chunks(place)`. Saves this build's for the next; `computed` counts
 * the speeches hashed.
 */
export async function speechDigests(
  cacheDir: string,
  base: string,
  count: number,
  keyOf: (place: number) => string | null,
  text: (place: number) => string,
  chunks: (place: number) => readonly string[],
): Promise<{ digests: SpeechDigests[]; computed: number }> {
  const file = join(cacheDir, DIGESTS_FILE);
  const key = digestsKey(base);
  const kept = await readKept<SpeechDigests>(file, key);
  const byKey = withKept(kept?.values ?? null, keyOf, (n: number): SpeechDigests => [textDigest(text(n)), chunksDigest(chunks(n))]);
  const digests = Array.from({ length: count }, (_, n) => byKey.valueFor(n));
  await saveKept(file, { key, head: null, values: byKey.now });
  return { digests, computed: byKey.computed() };
}
