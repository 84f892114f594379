/**
 * Counts of character bigrams (pairs of UTF-16 code units), for mining set phrases.
 * Each bigram has two counts: `count`, every occurrence, and `free`, the occurrences
 * that are not a seam (the middle of an A?A? / ?A?A window, see set-phrases.ts).
 *
 * Why not a Map: a bigram key (a * 0x10000 + b) of Han characters is too large for a
 * small integer, so a Map<number, number> hashes a boxed number on every get and set,
 * and counting the whole archive is the slowest step of the build. This is an
 * open-addressing hash table (linear probing) over typed arrays instead; it doubles
 * when more than half full.
 */
export class BigramCounts {
  /** The key of each slot: a * 0x10000 + b, as an unsigned 32-bit integer. */
  private keys: Uint32Array;
  /** All occurrences per slot; 0 marks an empty slot (a stored bigram has at least 1). */
  private counts: Uint32Array;
  private frees: Uint32Array;
  /** Slots are a power of two: a slot is the top bits of a hash, the next one is `+ 1 & mask`. */
  private mask: number;
  private shift: number;
  private used = 0;

  /** `capacity`: initial number of slots, rounded up to a power of two. */
  constructor(capacity = 1 << 16) {
    let slots = 2;
    while (slots < capacity) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.frees = new Uint32Array(slots);
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
  }

  /** How many different bigrams have been added. */
  get size(): number {
    return this.used;
  }

  /** Counts one occurrence of the bigram (a, b); a seam is left out of `free`. */
  add(a: number, b: number, seam: boolean): void {
    const key = (a * 0x10000 + b) >>> 0;
    let slot = this.slotOf(key);
    if (this.counts[slot] === 0) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.used++;
    }
    this.counts[slot]!++;
    if (!seam) this.frees[slot]!++;
  }

  /** Occurrences of (a, b), 0 if never added. */
  count(a: number, b: number): number {
    return this.counts[this.slotOf((a * 0x10000 + b) >>> 0)]!;
  }

  /** Occurrences of (a, b) that were not seams. */
  free(a: number, b: number): number {
    return this.frees[this.slotOf((a * 0x10000 + b) >>> 0)]!;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const { keys, counts, mask } = this;
    // Fibonacci hashing: the top bits of key × 2^32/φ spread neighbouring keys.
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (counts[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, counts, frees } = this;
    const slots = keys.length * 2;
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.frees = new Uint32Array(slots);
    this.mask = slots - 1;
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (counts[i] === 0) continue;
      const slot = this.slotOf(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.counts[slot] = counts[i]!;
      this.frees[slot] = frees[i]!;
    }
  }
}
