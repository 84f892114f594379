/**
 * The small files the browser loads next to Pagefind's index, shared by the build
 * (writing) and the browser (reading).
 *
 * `search-data/index.json` says how many index shards to merge, lists the Pagefind
 * result id of every speech newest first (a result's place in that list is its date
 * rank, which ranks ties and, counted from the end, names its folder of text chunks),
 * and counts the speeches per filter value.
 *
 * `search-data/text/<n>/<k>.json` holds the units (title, headings, paragraphs) of
 * one speech that start at token positions k·CHUNK … (k+1)·CHUNK − 1 (see tokens.ts),
 * with the speech's metadata. Folder n is the speech's place in date order counted from
 * the oldest (speeches − 1 − date rank), so adding the newest speech moves no folder. A search result knows the positions of its occurrences,
 * so the files that hold its passages are known at once: one round of small requests
 * per page of results, no lookup file first.
 *
 * `search-data/pairs/<code>.json` lists every index token (character pair) that starts
 * with one character: a one-character search names them all so that Pagefind loads every
 * index chunk that holds them (see exact-search.ts).
 */
import { unitStarts } from './tokens.ts';

export interface SpeechMeta {
  url: string;
  title: string;
  /** Display date (`2019年11月12日`, `2016年`, `日期不详`). */
  date: string;
  /** Sort key `YYYY-MM-DD` (`YYYY-00-00` when only the year is known). */
  iso: string;
  speaker: string;
  campaign: string;
}

export interface SearchDataIndex {
  /** How many Pagefind index shards there are (see index-shards.ts). */
  shards: number;
  /**
   * The Pagefind result id of every speech, newest first. A shard may still hold the
   * stale copy of a speech changed since it was indexed (shard-layout.ts); its id is not
   * here, and search ignores it.
   */
  order: string[];
  /** Speeches per filter value (`year` → `2019` → 12), counted over the speeches in `order`. */
  filters: Record<string, Record<string, number>>;
}

/** Token positions per text chunk: about 2,000 characters (measured against 1,024 and 4,096 in docs/PERFORMANCE.md). */
export const CHUNK = 2048;

export interface TextChunk {
  meta: SpeechMeta;
  /** Index in the speech of this chunk's first unit (0 is the title). */
  first: number;
  /** Token position where each unit here starts, ascending. */
  starts: number[];
  /** Paragraph id of each unit here ('' for the title). */
  anchors: string[];
  text: string[];
  /**
   * The chunk holding the unit that runs into this chunk's range from before it (always
   * that chunk's last unit); set when a position here can come before the first start.
   */
  carry?: number;
}

/** The chunk whose range holds token position `position`. */
export const chunkAt = (position: number) => Math.floor(position / CHUNK);

/** A speech's units cut into chunks by token position, one for every range up to its last position. */
export function textChunks(meta: SpeechMeta, units: readonly { anchor: string; text: string }[]): TextChunk[] {
  const starts = unitStarts(units.map((u) => u.text));
  const end = starts.length ? starts.at(-1)! + [...units.at(-1)!.text].length : 0;
  const chunks: TextChunk[] = Array.from({ length: chunkAt(end) + 1 }, () => ({ meta, first: -1, starts: [], anchors: [], text: [] }));
  starts.forEach((start, u) => {
    const chunk = chunks[chunkAt(start)]!;
    if (chunk.first < 0) chunk.first = u;
    chunk.starts.push(start);
    chunk.anchors.push(units[u]!.anchor);
    chunk.text.push(units[u]!.text);
  });
  let last = 0;
  chunks.forEach((chunk, k) => {
    if (k > 0 && (chunk.starts[0] ?? Infinity) > k * CHUNK) chunk.carry = last;
    if (chunk.starts.length) last = k;
  });
  return chunks;
}

/** Index within `chunk` of the unit holding `position`; -1 when it is the carried unit. */
export function unitIn(chunk: TextChunk, position: number): number {
  let i = chunk.starts.length - 1;
  while (i >= 0 && chunk.starts[i]! > position) i--;
  return i;
}
