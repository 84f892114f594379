// The search files are stored gzipped and inflated by one reader (src/lib/search/shared/packed.ts), in the browser and in Node.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pack, packAsync } from '../../src/lib/search/build/pack.ts';
import { isGzip, unpack, unpackJson } from '../../src/lib/search/shared/packed.ts';

const text = '坚持以人民为中心的发展思想，“上面热、下面冷”。\n𠮷野家';
const bytes = new TextEncoder().encode(text.repeat(40));

describe('stored search files', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('inflates what the build packed, byte for byte, and is smaller', async () => {
    for (const [packing, most] of [
      ['text', 1 / 4],
      ['lists', 3 / 4],
    ] as const) {
      const packed = pack(bytes, packing);
      expect(isGzip(packed)).toBe(true);
      expect(packed.length).toBeLessThan(bytes.length * most);
      expect(await unpack(packed)).toEqual(bytes);
    }
    expect(await unpackJson(await packAsync(JSON.stringify({ text })))).toEqual({ text });
  });

  it('packs the same bytes to the same file', async () => {
    expect(pack(bytes)).toEqual(pack(bytes));
    expect(await packAsync(bytes)).toEqual(pack(bytes));
  });

  it('passes through a file that is not gzipped (a host that already inflated it, the manifest)', async () => {
    expect(await unpack(bytes)).toBe(bytes);
    expect(await unpackJson(new TextEncoder().encode('{"a":1}'))).toEqual({ a: 1 });
  });

  it('inflates without the platform DecompressionStream (fflate, the same in every browser and in Node)', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    expect(typeof DecompressionStream).toBe('undefined');
    expect(await unpack(pack(bytes))).toEqual(bytes);
    expect(await unpack(pack(bytes, 'lists'))).toEqual(bytes);
  });

  it('rejects damaged data rather than returning it', async () => {
    const damaged = pack(bytes).slice();
    damaged.fill(0, 20, 40);
    await expect(unpack(damaged)).rejects.toThrow();
  });
});
