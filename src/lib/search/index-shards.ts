/**
 * The search index is built in shards of at most ARCHIVE_SHARD_SIZE speeches (default
 * 1000, src/lib/site/env.ts), each one Pagefind index written by its own process, so the
 * indexer's memory stays bounded however large the archive grows (about 2 GB per 1,000
 * speeches). Which speeches a shard holds, and which shards a rebuild indexes again, is
 * decided in shard-layout.ts. The browser merges the shards with Pagefind's `mergeIndex`.
 */

/**
 * The language code shard k is indexed under. Pagefind names every record
 * `<language>_<hash>`, so distinct codes keep ids unique across shards; the codes are no
 * real language, so Pagefind neither stems nor segments the tokens, and every page's
 * `lang` falls back to the one index a shard holds.
 */
export const shardLanguage = (k: number) => `s${k}`;

/** Where shard k lives under the site: shard 0 at `pagefind/` (with pagefind.js), the rest beside it. */
export const shardPath = (k: number) => (k === 0 ? 'pagefind/' : `pagefind/s${k}/`);
