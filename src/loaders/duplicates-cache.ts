/**
 * The duplicate check's state (src/lib/ingest/duplicates-since.ts) kept in the build's
 * cache folder from one build to the next, so that a rebuild compares only its new and
 * changed speeches. One file: a little-endian length, a JSON head (the code's digest, the
 * threshold, per speech its source, stamp and count of sentence hashes, the pairs), then
 * every speech's sentence hashes as 64-bit floats. A file that is missing, of other code or
 * unreadable counts as none: the check then looks at every pair, as a first build does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { replaceFile } from '../lib/site/replace-file.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuplicatePair } from '../lib/ingest/duplicates.ts';
import type { DuplicateState } from '../lib/ingest/duplicates-since.ts';

export const DUPLICATES_FILE = 'duplicate-check.bin';

/** The code a state was made by: the check and the letters its sentences keep. */
const CODE = (() => {
  const hash = createHash('sha256');
  for (const file of ['../lib/ingest/duplicates.ts', '../lib/ingest/duplicates-since.ts', '../lib/text/letters.ts'])
    hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  return hash.digest('hex');
})();

interface Head {
  code: string;
  threshold: number;
  speeches: [source: string, stamp: string, count: number][];
  pairs: DuplicatePair[];
}

/** The state as one file's bytes. */
export function encodeDuplicateState(state: DuplicateState): Buffer {
  const entries = [...state.speeches];
  const head: Head = {
    code: CODE,
    threshold: state.threshold,
    speeches: entries.map(([source, s]) => [source, s.stamp, s.hashes.length]),
    pairs: state.pairs,
  };
  const json = Buffer.from(JSON.stringify(head));
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const hashes = new Float64Array(entries.reduce((n, [, s]) => n + s.hashes.length, 0));
  let at = 0;
  for (const [, s] of entries) {
    hashes.set(s.hashes, at);
    at += s.hashes.length;
  }
  const out = Buffer.alloc(start + hashes.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(hashes.buffer).copy(out, start);
  return out;
}

/** The state in a file's bytes, or null when they are not a state of this code. */
export function decodeDuplicateState(bytes: Buffer): DuplicateState | null {
  try {
    const length = bytes.readUInt32LE(0);
    const head = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as Head;
    if (head.code !== CODE) return null;
    const start = Math.ceil((4 + length) / 8) * 8;
    const total = head.speeches.reduce((n, [, , count]) => n + count, 0);
    if (bytes.length !== start + total * 8) return null;
    // A copy, aligned for the float view (the file's buffer may start anywhere).
    const hashes = new Float64Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + bytes.length));
    const speeches: DuplicateState['speeches'] = new Map();
    let at = 0;
    for (const [source, stamp, count] of head.speeches) {
      speeches.set(source, { stamp, hashes: Array.from(hashes.subarray(at, at + count)) });
      at += count;
    }
    return { threshold: head.threshold, speeches, pairs: head.pairs };
  } catch {
    return null;
  }
}

/** The state the last build left in `cacheDir`, or null. */
export async function readDuplicateState(cacheDir: string): Promise<DuplicateState | null> {
  try {
    return decodeDuplicateState(await readFile(join(cacheDir, DUPLICATES_FILE)));
  } catch {
    return null;
  }
}

/** Keeps `state` for the next build (written whole, then renamed into place: a killed build leaves the last one). */
export async function saveDuplicateState(cacheDir: string, state: DuplicateState): Promise<void> {
  const file = join(cacheDir, DUPLICATES_FILE);
  await replaceFile(file, encodeDuplicateState(state));
}
