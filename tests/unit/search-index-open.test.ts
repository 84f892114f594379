import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { FORMAT, MANIFEST, VERSION } from '../../src/lib/search/shared/format.ts';

/** A source whose manifest answers only when released; every path asked for is recorded. */
function heldSource() {
  const asked: string[] = [];
  let release = () => {};
  const manifest = new Promise<Uint8Array>((resolve) => {
    release = () =>
      resolve(
        new TextEncoder().encode(
          JSON.stringify({ format: FORMAT, version: VERSION, speeches: 1, units: 1, buckets: { x1: 1, x2: 1, x3: 1, p2: 1, p3: 1 } }),
        ),
      );
  });
  const source = {
    get(path: string) {
      asked.push(path);
      return path === MANIFEST ? manifest : Promise.resolve(null);
    },
  };
  return { asked, source, release: () => release() };
}

describe('SearchIndex.open', () => {
  it('with warm, asks for the common lists beside the manifest, not after it', async () => {
    const { asked, source, release } = heldSource();
    const opening = SearchIndex.open(source, { warm: true });
    expect(asked).toEqual([MANIFEST, 'p3/common.bin', 'x1/common.bin', 'x2/common.bin']);
    release();
    const index = await opening;
    await index.warm();
    // warm() waits for the lists already asked for; it does not ask again.
    expect(asked).toHaveLength(4);
  });

  it('without warm, asks for the manifest alone', async () => {
    const { asked, source, release } = heldSource();
    const opening = SearchIndex.open(source);
    expect(asked).toEqual([MANIFEST]);
    release();
    await opening;
  });
});
