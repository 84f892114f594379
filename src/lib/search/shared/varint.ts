/**
 * Unsigned LEB128 varints (7 bits a byte, low group first, high bit = more follows) for
 * integers up to 2^53 − 1, and a growable byte buffer to write them into. Pure.
 */

const TWO32 = 0x1_0000_0000;

/** A growable byte buffer. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let cap = this.bytes.length * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  /** Appends `n` (an integer 0 … 2^53 − 1) as a varint. */
  varint(n: number): void {
    if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n))
      throw new RangeError(`varint: ${n} is not an integer in 0 … 2^53 − 1`);
    this.room(8);
    while (n >= TWO32) {
      this.bytes[this.length++] = (n % 128) | 128;
      n = Math.floor(n / 128);
    }
    while (n > 127) {
      this.bytes[this.length++] = (n & 127) | 128;
      n >>>= 7;
    }
    this.bytes[this.length++] = n;
  }

  append(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }

  /** The bytes written so far (a view; copy it before writing more if you keep it). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }
}

/** Reads varints from `bytes` starting at `pos`. */
export class ByteReader {
  readonly bytes: Uint8Array;
  pos: number;
  readonly end: number;

  constructor(bytes: Uint8Array, pos = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    let n = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new RangeError('varint: truncated data');
      const b = this.bytes[this.pos++]!;
      if (shift < 28) n |= (b & 127) << shift;
      else n += (b & 127) * 2 ** shift;
      if (b < 128) return n;
      shift += 7;
      if (shift > 56) throw new RangeError('varint: too long');
    }
  }
}
