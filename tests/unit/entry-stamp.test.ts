import { describe, expect, it } from 'vitest';
import { decodeStamp, encodeStamp } from '../../src/loaders/entry-stamp.ts';

describe('entry stamp', () => {
  it('reads back what it wrote, whatever the slug holds', () => {
    const stamp = {
      content: 'a'.repeat(64),
      slug: '2019-01-02-x:y',
      file: '12-345-1-2-abcdef',
      copies: '[{"source":"b.txt","similarity":1,"kind":"same"}]',
    };
    expect(decodeStamp(encodeStamp(stamp))).toEqual(stamp);
  });

  it('reads no stamp from a missing digest, another format or a record with a field missing', () => {
    expect(decodeStamp(undefined)).toBeNull();
    expect(decodeStamp(42)).toBeNull();
    expect(decodeStamp('abc:2019-x:12-345')).toBeNull();
    expect(decodeStamp('{"content":"a","slug":"s"}')).toBeNull();
    expect(decodeStamp('{not json')).toBeNull();
  });
});
