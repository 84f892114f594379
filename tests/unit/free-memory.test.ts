// freeMemory (src/integrations/free-memory.ts): before the search stage, Astro's process and
// the stage's main thread give back the heap pages their garbage held. An ordinary full
// collection frees the objects but keeps their pages resident in V8's pool; this must not.
import { describe, expect, it } from 'vitest';
import { freeMemory } from '../../src/integrations/free-memory.ts';

/** ~300 MB of small objects, reachable only through the array returned. */
function garbage(): object[] {
  const made: object[] = [];
  for (let i = 0; i < 2_000_000; i++) made.push({ a: `s${i}`, b: i, c: [i] });
  return made;
}

describe('freeMemory', () => {
  it('gives the pages of collected objects back to the system', () => {
    let held: object[] | null = garbage();
    const live = freeMemory();
    // What is still reachable stays: the RSS does not drop below it.
    expect(held.length).toBe(2_000_000);
    held = null;
    const freed = freeMemory();
    expect(freed.before).toBeGreaterThanOrEqual(live.after - 50);
    expect(freed.before - freed.after).toBeGreaterThan(150);
  }, 60_000);
});
