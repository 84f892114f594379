/**
 * What a build works out per speech and keeps for the next one in its cache folder, by the
 * speech's data key (the loader's stamp, `entryDataKey`: its raw file's bytes, the ingest
 * code, its slug and copies), under a key of everything else the value follows from (the
 * code that computes it, the glossary, …): a rebuild computes it only for new and changed
 * speeches. One file per kind of value: a JSON object of that key, a head the caller gives
 * (e.g. a table the values point into) and the values by data key.
 *
 * Used for the concepts of the search filters (src/integrations/search-concepts.ts), the
 * glossary's matches of the concept occurrences (src/lib/concepts/kept-matches.ts) and the
 * search stage's digests of each speech's text and text chunks (src/integrations/search-digests.ts).
 */
import { readFile } from 'node:fs/promises';
import { replaceFile } from './replace-file.ts';

/** What one build keeps for the next: its key, a head, the values by data key. */
export interface KeptValues<V, H = null> {
  key: string;
  head: H;
  values: ReadonlyMap<string, V>;
}

/**
 * Each speech's value: the kept one when its data key is among `kept`'s values, else
 * `compute`'s. `now` collects this build's values (the speeches of this build only), to
 * keep; `computed` counts the speeches computed. Speeches without a data key are always
 * computed and not kept.
 */
export function withKept<S, V>(
  kept: ReadonlyMap<string, V> | null,
  keyOf: (speech: S) => string | null,
  compute: (speech: S) => V,
): { valueFor: (speech: S) => V; now: Map<string, V>; computed: () => number } {
  const now = new Map<string, V>();
  let computed = 0;
  const valueFor = (speech: S): V => {
    const key = keyOf(speech);
    let value = key === null ? undefined : kept?.get(key);
    if (value === undefined) {
      computed++;
      value = compute(speech);
    }
    if (key !== null) now.set(key, value);
    return value;
  };
  return { valueFor, now, computed: () => computed };
}

/** What `saveKept` kept in `file` under `key`, or null (none, another key, or unreadable). */
export async function readKept<V, H = null>(file: string, key: string): Promise<KeptValues<V, H> | null> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { key: string; head: H; values: Record<string, V> };
    return saved.key === key ? { key, head: saved.head, values: new Map(Object.entries(saved.values)) } : null;
  } catch {
    return null;
  }
}

/** Keeps `kept` in `file` (written whole, then renamed into place). */
export async function saveKept<V, H>(file: string, kept: KeptValues<V, H>): Promise<void> {
  await replaceFile(file, JSON.stringify({ key: kept.key, head: kept.head, values: Object.fromEntries(kept.values) }));
}
