/**
 * Which speeches each search shard holds, and which shards a rebuild must index anew.
 *
 * A shard's Pagefind bundle cannot be edited, only made again, so a rebuild keeps every
 * bundle it can. A speech that is new, or whose text changed, goes to the last shard while
 * that holds fewer than `size` records (and to a new shard when it is full); only that
 * shard is indexed again. The copy of a changed or removed speech left in an older shard
 * is stale: the browser ignores results that are not in the catalog
 * (search-data/index.json). A shard is made again from its live speeches once more than
 * a tenth of what it holds is stale (and dropped if it was the last and none is left),
 * and a build without a previous layout fills shards in catalog order. No shard ever
 * holds more than `size` speeches, which bounds the indexer's memory.
 */

/** A speech as a shard holds it: its URL and a hash of everything indexed about it. */
export interface ShardRecord {
  url: string;
  hash: string;
}

/** A shard as the last build left it: its cached bundle and what that holds. */
export interface BuiltShard {
  key: string;
  records: ShardRecord[];
}

export interface PlannedShard {
  /** What the shard's bundle holds: for a shard to index, exactly its live speeches. */
  records: ShardRecord[];
  /** The bundle to keep; absent when the shard must be indexed. */
  key?: string;
}

/** Above this share of stale records a shard is indexed again without them. */
export const STALE_SHARE = 0.1;

function fresh(current: readonly ShardRecord[], size: number): PlannedShard[] {
  const shards: PlannedShard[] = [];
  for (let i = 0; i < current.length; i += size) shards.push({ records: current.slice(i, i + size) });
  return shards.length ? shards : [{ records: [] }];
}

/**
 * Where each speech of `current` is live: the first shard holding it with its current
 * text. Speeches no shard holds so are missing; every other record is stale.
 */
export function liveShards(shards: readonly { records: readonly ShardRecord[] }[], current: readonly ShardRecord[]): Map<string, number> {
  const wanted = new Map(current.map((r) => [r.url, r.hash]));
  const home = new Map<string, number>();
  shards.forEach((shard, k) => {
    for (const r of shard.records) if (wanted.get(r.url) === r.hash && !home.has(r.url)) home.set(r.url, k);
  });
  return home;
}

/**
 * The shards for `current` (every speech, in catalog order), given the last build's
 * shards (`previous`, null for none) and whether each of their bundles is still cached.
 */
export function planShards(previous: readonly BuiltShard[] | null, current: readonly ShardRecord[], size: number, cached: (key: string) => boolean): PlannedShard[] {
  if (!previous?.length) return fresh(current, size);
  const home = liveShards(previous, current);
  const live = previous.map((): ShardRecord[] => []);
  for (const r of current) if (home.has(r.url)) live[home.get(r.url)!]!.push(r);
  const pending = current.filter((r) => !home.has(r.url));

  const remake = previous.map((shard, k) => !cached(shard.key) || shard.records.length - live[k]!.length > shard.records.length * STALE_SHARE);
  // New and changed speeches fill the shards being made again anyway (their stale records
  // leave), then the last one as far as what it holds allows.
  const last = previous.length - 1;
  for (const k of [...previous.keys()].filter((k) => remake[k] || k === last)) {
    const room = Math.max(0, size - (remake[k] ? live[k]!.length : previous[k]!.records.length));
    if (room === 0 || pending.length === 0) continue;
    live[k]!.push(...pending.splice(0, room));
    remake[k] = true;
  }
  const shards: PlannedShard[] = previous.map((shard, k) => (remake[k] ? { records: live[k]! } : { records: shard.records, key: shard.key }));
  // Pagefind cannot write an empty shard. Empty ones at the end are dropped; one in the
  // middle cannot be, as that would renumber the rest.
  while (shards.length && !shards.at(-1)!.key && shards.at(-1)!.records.length === 0) shards.pop();
  if (shards.some((s) => !s.key && s.records.length === 0)) return fresh(current, size);
  const added = fresh(pending, size).filter((s) => s.records.length);
  return shards.length + added.length ? [...shards, ...added] : fresh(current, size);
}
