/**
 * The preset dictionary of the text chunks (shared/packed.ts, docs/SEARCH-INDEX.md "Text
 * chunks"): a sample of the archive's own chunks, as JSON, up to deflate's window of 32 KB.
 * A chunk then refers to the JSON keys, the URL and date patterns and the common wording of
 * the speeches in the dictionary instead of spelling them out: on the real texts of the test
 * corpus (dictionary from half of them, chunks of the other half) a chunk takes 1,025 bytes
 * instead of 1,473 gzipped alone (docs/PERFORMANCE.md, session 6).
 *
 * The same chunks give the same dictionary. A rebuild keeps the last build's dictionary
 * (kept in the cache with the text folders' state), so that the chunks of unchanged
 * speeches stay as they are, until the archive has twice the speeches it was made from:
 * then it is made again from the archive now, and every folder is written again once.
 * Pure; Node.
 */

/** Deflate's window: a longer dictionary is not used beyond its last 32 KB. */
export const DICTIONARY_BYTES = 32 * 1024;

/** Speeches sampled for the dictionary: spread over the archive, one middle chunk each. */
const SAMPLED = 64;

/**
 * The dictionary for an archive whose speech `n` (0 … count − 1) has the chunks `chunks(n)`
 * (each chunk's JSON): the middle chunk of up to 64 speeches spread evenly over the archive,
 * then, in a small archive, their other chunks, until 32 KB; cut at 32 KB.
 */
export function makeTextDictionary(count: number, chunks: (n: number) => readonly string[]): Uint8Array {
  const sampled = Array.from({ length: Math.min(count, SAMPLED) }, (_, i) => Math.floor(((i + 0.5) * count) / Math.min(count, SAMPLED)));
  const parts: Buffer[] = [];
  let size = 0;
  const add = (json: string) => {
    if (size >= DICTIONARY_BYTES) return;
    const b = Buffer.from(json, 'utf8');
    parts.push(b);
    size += b.length;
  };
  const lists = sampled.map((n) => chunks(n));
  const middle = (list: readonly string[]) => Math.floor(list.length / 2);
  for (const list of lists) if (list.length) add(list[middle(list)]!);
  for (const list of lists) for (const [k, json] of list.entries()) if (k !== middle(list)) add(json);
  const all = Buffer.concat(parts);
  return new Uint8Array(all.buffer, all.byteOffset, Math.min(all.length, DICTIONARY_BYTES));
}

/** What the cache keeps of the dictionary between builds. */
export interface DictionaryState {
  /** The dictionary, base64. */
  bytes: string;
  /** How many speeches the archive had when it was made. */
  speeches: number;
}

/** Whether the last build's dictionary `previous` serves an archive of `count` speeches: fewer than twice the speeches it was made from. */
export const dictionaryServes = (previous: DictionaryState | null, count: number): previous is DictionaryState =>
  previous !== null && count < 2 * previous.speeches;

/** The last build's dictionary while it serves (dictionaryServes); else a new one. */
export function textDictionary(
  previous: DictionaryState | null,
  count: number,
  chunks: (n: number) => readonly string[],
): { dictionary: Uint8Array; state: DictionaryState } {
  if (dictionaryServes(previous, count)) {
    const b = Buffer.from(previous.bytes, 'base64');
    return { dictionary: new Uint8Array(b.buffer, b.byteOffset, b.length), state: previous };
  }
  const dictionary = makeTextDictionary(count, chunks);
  return { dictionary, state: { bytes: Buffer.from(dictionary).toString('base64'), speeches: count } };
}
