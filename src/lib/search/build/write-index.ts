/**
 * Writes the n-gram index (docs/SEARCH-INDEX.md) from speech text, in bounded memory.
 * Node only.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexSource } from '../shared/engine.ts';

export interface BuildOptions {
  /** Hash partitions (passes per gram kind); more bound memory lower. Default 8. */
  partitions?: number;
  /** Log line per step. */
  log?: (line: string) => void;
}

export interface BuildStats {
  speeches: number;
  /** Code units indexed (sum of searchText lengths). */
  units: number;
  files: number;
  bytes: number;
  ms: number;
}

/**
 * Writes the index of `texts` into `outDir` (emptied first). `texts[i]` is the searchText
 * (shared/text.ts) of speech id i; the site passes them newest first, so id order is date order.
 * Same input, byte-identical output.
 */
export async function writeSearchIndex(texts: readonly string[], outDir: string, opts: BuildOptions = {}): Promise<BuildStats> {
  void texts;
  void outDir;
  void opts;
  throw new Error('not yet');
}

/** An IndexSource reading files under `dir` (tests, bench). */
export function nodeSource(dir: string): IndexSource {
  return {
    async get(path) {
      try {
        return new Uint8Array(await readFile(join(dir, path)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
