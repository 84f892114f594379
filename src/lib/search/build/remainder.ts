/**
 * `h % m` for an unsigned 32-bit hash, as the index build asks it for every gram of every
 * pass (which partition, which bucket). A hash past 2^31 is no small integer to V8, and `%`
 * on it compiles to a floating-point remainder, a call into the C library: in a loop of
 * gram hashes about five times the cost of the hash itself (docs/PERFORMANCE.md, session 8).
 * Here: a multiply by 1 / m, rounded down, and at most one correction, exact for every
 * h < 2^32 and whole m from 1 to 2^32 (every product stays below 2^53). Pure.
 */

/** A function giving `h % m` for whole numbers 0 ≤ h < 2^32. */
export function remainderBy(m: number): (h: number) => number {
  if (!Number.isInteger(m) || m < 1 || m > 0x1_0000_0000)
    throw new RangeError(`remainderBy: the divisor must be a whole number from 1 to 2^32, not ${m}`);
  const inverse = 1 / m;
  return (h) => {
    // h · (1 / m) is within a few units in the last place of h / m, so the quotient taken
    // is the true one or one off, and the remainder is brought back into [0, m).
    let r = h - Math.floor(h * inverse) * m;
    if (r < 0) r += m;
    else if (r >= m) r -= m;
    return r;
  };
}
