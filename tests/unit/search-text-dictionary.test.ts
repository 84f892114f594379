// The text chunks are deflated with a preset dictionary made from the archive's own chunks
// (src/lib/search/build/text-dictionary.ts) and read by shared/packed.ts unpackWithDictionary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packWithDictionary } from '../../src/lib/search/build/pack.ts';
import { DICTIONARY_BYTES, makeTextDictionary, textDictionary } from '../../src/lib/search/build/text-dictionary.ts';
import { adler32, presetDictionary, unpackWithDictionary } from '../../src/lib/search/shared/packed.ts';
import { textChunks } from '../../src/lib/search/shared/text-chunks.ts';

/** The five bundled speeches as text chunks (JSON), paragraphs split on blank lines. */
const RAW = join(import.meta.dirname, '../../content/raw');
const speeches = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f, n) => {
    const paragraphs = readFileSync(join(RAW, f), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const meta = { url: `/speeches/s${n}/`, title: paragraphs[0]!, date: '', iso: '', speaker: '', campaign: '' };
    return textChunks(
      meta,
      paragraphs.map((text, i) => ({ anchor: `p${i + 1}`, text })),
    ).map((c) => JSON.stringify(c));
  });
const chunks = (n: number) => speeches[n]!;

describe('the text dictionary', () => {
  it('is made from the chunks, the same each time, at most 32 KB', () => {
    const dictionary = makeTextDictionary(speeches.length, chunks);
    expect(dictionary.length).toBeGreaterThan(0);
    expect(dictionary.length).toBeLessThanOrEqual(DICTIONARY_BYTES);
    expect(makeTextDictionary(speeches.length, chunks)).toEqual(dictionary);
    // Its bytes are chunks' JSON, as written.
    expect(Buffer.from(dictionary).toString('utf8')).toContain('{"meta":{"url":"/speeches/');
  });

  it('is kept from the last build until the archive has twice the speeches, then made again', () => {
    const first = textDictionary(null, 4, chunks);
    expect(first.state.speeches).toBe(4);
    const kept = textDictionary(first.state, 5, chunks);
    expect(kept.dictionary).toEqual(first.dictionary);
    expect(kept.state).toBe(first.state);
    const again = textDictionary({ ...first.state, speeches: 2 }, 5, chunks);
    expect(again.state.speeches).toBe(5);
    expect(again.dictionary).toEqual(makeTextDictionary(5, chunks));
  });

  it('deflates a chunk smaller than gzip alone, and the reader gives it back byte for byte', async () => {
    // The dictionary from the first four speeches; the fifth's chunks are new to it.
    const dictionary = presetDictionary(makeTextDictionary(4, chunks));
    let alone = 0;
    let withDictionary = 0;
    for (const json of speeches[4]!) {
      const stored = packWithDictionary(json, dictionary.bytes);
      expect(new TextDecoder().decode(unpackWithDictionary(stored, dictionary))).toBe(json);
      alone += gzipSync(json).length;
      withDictionary += stored.length;
    }
    expect(withDictionary).toBeLessThan(alone);
  });

  it('gives back a chunk that inflates far beyond its first output buffer, whole (sizes across the buffer doublings)', async () => {
    const dictionary = presetDictionary(makeTextDictionary(4, chunks));
    // Repetitive text deflates 100 × and more: the reader's first buffer (8 × the stored
    // bytes, at least 16 KB) is too small and it must not hand back a truncated chunk.
    for (const n of [16_383, 16_384, 16_385, 32_768, 200_000]) {
      const json = `{"text":["${'a'.repeat(n - 13)}"]}`;
      expect(json.length).toBe(n);
      const stored = await packWithDictionary(json, dictionary.bytes);
      expect(new TextDecoder().decode(unpackWithDictionary(stored, dictionary))).toBe(json);
    }
  });

  it('refuses a chunk of another dictionary, and damaged data, saying so', async () => {
    const dictionary = presetDictionary(makeTextDictionary(4, chunks));
    const other = presetDictionary(makeTextDictionary(2, chunks));
    const stored = packWithDictionary(speeches[4]![0]!, dictionary.bytes);
    expect(() => unpackWithDictionary(stored, other)).toThrow(/another text dictionary/);
    expect(() => unpackWithDictionary(gzipSync(speeches[4]![0]!), dictionary)).toThrow(/preset dictionary/);
    const damaged = stored.slice();
    damaged.fill(0xff, 10, 40);
    expect(() => unpackWithDictionary(damaged, dictionary)).toThrow();
  });

  it('names a dictionary by its Adler-32, as zlib writes it in the stream (DICTID)', () => {
    const bytes = makeTextDictionary(speeches.length, chunks);
    for (const b of [bytes, bytes.subarray(0, 1), new Uint8Array(70_000).fill(255)]) {
      expect(adler32(b)).toBe(deflateSync('x', { dictionary: b }).readUInt32BE(2));
    }
    expect(adler32(new Uint8Array(0))).toBe(1);
  });
});
