// The quick box's Pagefind index written ahead, beside Astro's pages (src/integrations/
// quick-box-ahead.ts): the very files the search stage would write from the same speech
// data, and nothing written when the last build's records are the same.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { DATA_STORE, readContentStore } from '../../src/integrations/content-store.ts';
import { aheadFolder, writeQuickBoxAhead } from '../../src/integrations/quick-box-ahead.ts';
import { quickDigest, quickRecords, writeQuickIndex } from '../../src/integrations/quick-index.ts';
import { newestFirst } from '../../src/lib/speech/order.ts';
import { keptQuickRecords } from '../../src/integrations/search-text-output.ts';

const speech = (id: string, title: string, date: string) => ({
  slug: id,
  source: `${id}.txt`,
  title,
  speaker: '王建国',
  date,
  year: Number(date.slice(0, 4)),
  campaign: '党史学习教育',
  occasion: '全市工作会议',
  outline: [{ label: '一、提高政治站位' }, { label: '二、狠抓工作落实' }],
});

/** A data store as Astro writes it: collection → id → entry. */
function store(titles: string[]): string {
  const speeches = titles.map((t, n) => speech(`00${n}_s`, t, `2024-0${n + 1}-01`));
  return devalue.stringify(
    new Map<string, Map<string, { id: string; data: unknown }>>([
      [
        'concepts',
        new Map([
          [
            'si-feng',
            { id: 'si-feng', data: { term: '四风', variants: ['四种不良风气'], definition: '形式主义、官僚主义、享乐主义和奢靡之风。' } },
          ],
        ]),
      ],
      ['speeches', new Map(speeches.map((s) => [s.slug, { id: s.slug, data: s }]))],
    ]),
  );
}

/** Every file under `dir`, path → bytes. */
function files(dir: string, under = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, under))) {
    const path = join(under, name);
    if (statSync(join(dir, path)).isDirectory()) for (const [p, b] of files(dir, path)) out.set(p, b);
    else out.set(path, readFileSync(join(dir, path)).toString('base64'));
  }
  return out;
}

/** The quick index written ahead as the build's process does it (search-beside-process.ts): from the records of the stored speech data. */
async function ahead(dir: string) {
  const { speeches, concepts } = await readContentStore(dir);
  return writeQuickBoxAhead(quickRecords(newestFirst(speeches), concepts, '/'), dir, await keptQuickRecords(dir));
}

describe('the quick index written ahead', () => {
  it('is what the search stage writes from the same speech data, and is not written again for the same records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quick-ahead-'));
    try {
      writeFileSync(join(dir, DATA_STORE), store(['在巡视工作动员会上的讲话', '在全市经济工作会议上的讲话']));
      const first = await ahead(dir);
      expect(first.folder).toBe(aheadFolder(dir));

      // As the search stage writes it (search-stage.ts): records of the stored data, newest first.
      const { speeches, concepts } = await readContentStore(dir);
      const records = quickRecords(newestFirst(speeches), concepts, '/');
      expect(first.digest).toBe(quickDigest(records));
      const now = join(dir, 'now');
      await writeQuickIndex(records, now);
      const written = files(first.folder!);
      expect([...written.keys()]).toContain('pagefind-entry.json');
      expect(written).toEqual(files(now));

      // The last build wrote the index from these records: nothing is written, the folder goes.
      writeFileSync(join(dir, 'search-text.json'), JSON.stringify({ witness: '', text: [], quick: { records: first.digest, entry: '' } }));
      expect(await ahead(dir)).toMatchObject({ digest: first.digest, folder: null });
      expect(() => statSync(aheadFolder(dir))).toThrow();

      // A speech added: new records, written again.
      writeFileSync(join(dir, DATA_STORE), store(['在巡视工作动员会上的讲话', '在全市经济工作会议上的讲话', '新增的一篇讲话']));
      const third = await ahead(dir);
      expect(third.digest).not.toBe(first.digest);
      expect(third.folder).toBe(aheadFolder(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
