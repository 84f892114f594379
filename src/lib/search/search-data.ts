/**
 * The small files the browser loads next to Pagefind's index: `search-data/index.json`
 * says how many index shards to merge and lists every Pagefind result id newest first
 * (the date order that ranks ties); for the results a reader sees,
 * `search-data/meta/<prefix>.json` maps a result id to its speech (title, date, speaker,
 * campaign, URL, where each paragraph starts), and `search-data/text/<n>/<k>.json` holds
 * the paragraph texts in chunks, so a result's passage costs one small file.
 * Shared by the build (writing) and the browser (reading).
 */

export interface SpeechMeta {
  url: string;
  title: string;
  /** Display date (`2019年11月12日`, `2016年`, `日期不详`). */
  date: string;
  /** Sort key `YYYY-MM-DD` (`YYYY-00-00` when only the year is known). */
  iso: string;
  speaker: string;
  campaign: string;
  /** Folder of this speech's text chunks. */
  n: number;
  /** Anchor of each unit ('' for the title). */
  anchors: string[];
  /** Token position where each unit starts. */
  starts: number[];
  /** First unit of each text chunk. */
  chunks: number[];
}

export interface SearchDataIndex {
  /** How many leading characters of a result id's hash name its meta file. */
  prefix: number;
  /** How many Pagefind index shards there are (see index-shards.ts). */
  shards: number;
  /** Every Pagefind result id, newest speech first. */
  order: string[];
}

/** The hash part of a Pagefind result or fragment id: `s3_c2ba6d8` → `c2ba6d8`. */
export const idHash = (id: string) => id.slice(id.lastIndexOf('_') + 1);

/** Enough hash characters for about four speeches a meta file. */
export const metaPrefix = (speeches: number) => Math.max(1, Math.ceil(Math.log(Math.max(1, speeches / 4)) / Math.log(16)));

/** Units grouped into chunks of at least `size` characters: the first unit of each. */
export function chunkStarts(units: readonly string[], size = 400): number[] {
  const starts: number[] = [];
  let length = size;
  units.forEach((u, i) => {
    if (length >= size) {
      starts.push(i);
      length = 0;
    }
    length += u.length;
  });
  return starts;
}

/** The chunk holding unit `unit`. */
export function chunkOf(chunks: readonly number[], unit: number): number {
  let k = 0;
  while (k + 1 < chunks.length && chunks[k + 1]! <= unit) k++;
  return k;
}
