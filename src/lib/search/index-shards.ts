/**
 * The search index is built in shards of about ARCHIVE_SHARD_SIZE speeches (default
 * 1000, src/lib/site/env.ts), each one Pagefind
 * index written by its own process, so the indexer's memory stays bounded however large
 * the archive grows (about 2 GB per 1,000 speeches), and a rebuild re-indexes only the
 * shards whose speeches changed. The browser merges the shards with Pagefind's
 * `mergeIndex`. A speech's shard depends only on its URL, so adding a speech changes
 * one shard, until the archive crosses a multiple of the shard size and the count grows.
 */

export const shardCount = (speeches: number, size: number) => Math.max(1, Math.ceil(speeches / size));

/** FNV-1a over the URL's UTF-16 code units: stable across builds and machines. */
export function shardOf(url: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

/**
 * The language code shard k is indexed under. Pagefind names every record
 * `<language>_<hash>`, so distinct codes keep ids unique across shards; the codes are no
 * real language, so Pagefind neither stems nor segments the tokens, and every page's
 * `lang` falls back to the one index a shard holds.
 */
export const shardLanguage = (k: number) => `s${k}`;

/** Where shard k lives under the site: shard 0 at `pagefind/` (with pagefind.js), the rest beside it. */
export const shardPath = (k: number) => (k === 0 ? 'pagefind/' : `pagefind/s${k}/`);
