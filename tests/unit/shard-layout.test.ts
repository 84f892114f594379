import { describe, expect, it } from 'vitest';
import { planShards, type BuiltShard, type PlannedShard, type ShardRecord } from '../../src/lib/search/shard-layout.ts';

const speeches = (n: number, version = 'a'): ShardRecord[] => Array.from({ length: n }, (_, i) => ({ url: `/speeches/${i}/`, hash: version }));
const always = () => true;
/** What a build leaves behind: every planned shard with a bundle. */
const built = (plan: PlannedShard[]): BuiltShard[] => plan.map((s, k) => ({ key: s.key ?? `new-${k}-${s.records.length}`, records: s.records }));
const sizes = (plan: PlannedShard[]) => plan.map((s) => s.records.length);
const toIndex = (plan: PlannedShard[]) => plan.flatMap((s, k) => (s.key ? [] : [k]));

describe('search shard layout', () => {
  it('fills shards in catalog order on a first build, none over the size', () => {
    const plan = planShards(null, speeches(2500), 1000, always);
    expect(sizes(plan)).toEqual([1000, 1000, 500]);
    expect(toIndex(plan)).toEqual([0, 1, 2]);
    expect(plan[0]!.records[0]!.url).toBe('/speeches/0/');
    expect(sizes(planShards(null, [], 1000, always))).toEqual([0]);
  });

  it('keeps every shard when nothing changed', () => {
    const before = built(planShards(null, speeches(2500), 1000, always));
    expect(toIndex(planShards(before, speeches(2500), 1000, always))).toEqual([]);
  });

  it('indexes only the last shard when a speech is added while it has room', () => {
    const before = built(planShards(null, speeches(2500), 1000, always));
    const plan = planShards(before, speeches(2501), 1000, always);
    expect(toIndex(plan)).toEqual([2]);
    expect(sizes(plan)).toEqual([1000, 1000, 501]);
  });

  it('starts a new shard of one speech when the last one is full, instead of re-dealing all', () => {
    const before = built(planShards(null, speeches(10_000), 1000, always));
    const plan = planShards(before, speeches(10_001), 1000, always);
    expect(toIndex(plan)).toEqual([10]);
    expect(sizes(plan)).toEqual([...Array(10).fill(1000), 1]);
  });

  it('moves a changed speech to the last shard and leaves its stale copy behind', () => {
    const before = built(planShards(null, speeches(10_000), 1000, always));
    const now = speeches(10_000);
    now[5] = { url: '/speeches/5/', hash: 'b' };
    const plan = planShards(before, now, 1000, always);
    expect(toIndex(plan)).toEqual([10]);
    expect(plan[0]!.records).toEqual(before[0]!.records);
    expect(plan[10]!.records).toEqual([now[5]]);
    // Changed again: the small shard is made again, holding only the newest text.
    const again = now.map((r) => (r.url === '/speeches/5/' ? { ...r, hash: 'c' } : r));
    const next = planShards(built(plan), again, 1000, always);
    expect(toIndex(next)).toEqual([10]);
    expect(next[10]!.records).toEqual([{ url: '/speeches/5/', hash: 'c' }]);
  });

  it('does not index a full last shard again for a change inside it', () => {
    const before = built(planShards(null, speeches(1000), 1000, always));
    const now = speeches(1000).map((r, i) => (i === 500 ? { ...r, hash: 'b' } : r));
    const plan = planShards(before, now, 1000, always);
    expect(toIndex(plan)).toEqual([1]);
    expect(sizes(plan)).toEqual([1000, 1]);
  });

  it('finds a speech changed back to an older text in the shard that still holds it', () => {
    const before = built(planShards(null, speeches(2000), 1000, always));
    const changed = speeches(2000).map((r, i) => (i === 5 ? { ...r, hash: 'b' } : r));
    const plan = built(planShards(before, changed, 1000, always));
    const back = planShards(plan, speeches(2000), 1000, always);
    expect(toIndex(back)).toEqual([]);
  });

  it('makes a shard again from its live speeches once over a tenth of it is stale', () => {
    let layout = built(planShards(null, speeches(2000), 1000, always));
    let now = speeches(2000);
    for (let i = 0; i < 101; i++) {
      now = now.map((r, j) => (j === i ? { ...r, hash: 'b' } : r));
      const plan = planShards(layout, now, 1000, always);
      if (i < 100) expect(toIndex(plan)).not.toContain(0);
      else {
        expect(toIndex(plan)).toContain(0);
        // Only live speeches remain, and the newest change fills some of the room the stale ones leave.
        expect(plan[0]!.records.every((r) => now.some((n) => n.url === r.url && n.hash === r.hash))).toBe(true);
        expect(plan[0]!.records).toHaveLength(899 + 1);
      }
      layout = built(plan);
    }
  });

  it('drops removed speeches the same way, and indexes a shard whose bundle is gone', () => {
    const before = built(planShards(null, speeches(3000), 1000, always));
    const fewer = speeches(3000).filter((_, i) => i < 1000 || i >= 1200);
    expect(toIndex(planShards(before, fewer, 1000, always))).toEqual([1]);
    const plan = planShards(before, speeches(3000), 1000, (key) => key !== before[2]!.key);
    expect(toIndex(plan)).toEqual([2]);
    expect(plan[2]!.records).toEqual(before[2]!.records);
  });

  it('lays out afresh when a shard would be left with no speech', () => {
    const before = built(planShards(null, speeches(3000), 1000, always));
    const plan = planShards(before, speeches(3000).slice(0, 1000).concat(speeches(3000).slice(2000)), 1000, always);
    expect(sizes(plan)).toEqual([1000, 1000]);
    expect(toIndex(plan)).toEqual([0, 1]);
  });
});
