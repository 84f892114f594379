// The index build's `h % m` without a floating-point remainder (build/remainder.ts): the
// partition and bucket of every gram depend on it, so it must equal `%` for every hash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remainderBy } from '../../src/lib/search/build/remainder.ts';

const MAX = 0xffff_ffff;

describe('remainderBy', () => {
  it('equals % for every unsigned 32-bit hash and divisor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 1, max: MAX + 1 }), (h, m) => {
        expect(remainderBy(m)(h)).toBe(h % m);
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals % at the edges: 0, the largest hash, and next to every multiple of the divisor', () => {
    for (const m of [1, 2, 3, 7, 11, 12, 4096, 38_917, 65_536, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, MAX, MAX + 1]) {
      const at = remainderBy(m);
      const hs = [0, 1, MAX, MAX - 1, m - 1, m, m + 1, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1];
      for (let q = Math.floor(MAX / m); q >= 0 && q > Math.floor(MAX / m) - 3; q--) hs.push(q * m - 1, q * m, q * m + 1);
      for (const h of hs.filter((x) => x >= 0 && x <= MAX)) expect(at(h), `${h} % ${m}`).toBe(h % m);
    }
  });

  it('refuses a divisor that is not a whole number from 1 to 2^32', () => {
    for (const m of [0, -1, 1.5, Number.NaN, MAX + 2]) expect(() => remainderBy(m)).toThrow(/divisor/);
  });
});
