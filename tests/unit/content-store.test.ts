// Search reads the content store in id order, whatever order the entries were set in (src/integrations/content-store.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { DATA_STORE, readContentStore } from '../../src/integrations/content-store.ts';

/** A data store as Astro writes it: collection → id → entry, in the order the entries were set. */
function store(concepts: string[], speeches: string[]): string {
  const entries = (ids: string[], data: (id: string) => unknown) => new Map(ids.map((id) => [id, { id, data: data(id) }]));
  return devalue.stringify(
    new Map([
      ['concepts', entries(concepts, (id) => ({ term: id }))],
      ['speeches', entries(speeches, (id) => ({ slug: id }))],
    ]),
  );
}

describe('readContentStore', () => {
  it('gives the entries in id order, whatever order the store holds them in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
    try {
      writeFileSync(join(dir, DATA_STORE), store(['si-feng', 'dang-ke', 'ceng-ceng-jia-ma'], ['003_x', '000_y', '001_z']));
      const first = await readContentStore(dir);
      writeFileSync(join(dir, DATA_STORE), store(['dang-ke', 'ceng-ceng-jia-ma', 'si-feng'], ['000_y', '001_z', '003_x']));
      const second = await readContentStore(dir);
      expect(first.concepts.map((c) => c.slug)).toEqual(['ceng-ceng-jia-ma', 'dang-ke', 'si-feng']);
      expect(second).toEqual(first);
      expect(first.speeches.map((s) => s.slug)).toEqual(['000_y', '001_z', '003_x']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which folder to delete when the store cannot be read back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
    try {
      writeFileSync(join(dir, DATA_STORE), '[not devalue');
      await expect(readContentStore(dir)).rejects.toThrow(`Delete the cache folder ${dir}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
