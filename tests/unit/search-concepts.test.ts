// The search filters' concepts per speech, kept from build to build (src/integrations/search-concepts.ts):
// a rebuild matches the glossary only in new and changed speeches, and the filters are those
// of matching every speech.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryKey, readConceptSlugs, saveConceptSlugs } from '../../src/integrations/search-concepts.ts';
import { withKept } from '../../src/lib/site/kept-by-key.ts';
import type { GlossaryEntry } from '../../src/lib/concepts/glossary.ts';
import { conceptSlugs, searchSpeeches } from '../../src/lib/search/build/search-input.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import { matcher, seeds, termOf } from './fixtures/seed-speeches.ts';

const entry = (term: string, variants: string[] = []) =>
  ({ slug: term, file: `${term}.mdx`, data: { term, variants, senses: [] } }) as unknown as GlossaryEntry;

describe('the concepts of each speech, kept', () => {
  it('gives the filters of matching every speech, and matches only speeches not kept', () => {
    const keyOf = (s: SpeechEntry) => s.slug;
    const first = withKept(new Map(), keyOf, (s) => conceptSlugs(s.blocks, matcher));
    const fresh = searchSpeeches(seeds, matcher, termOf, '/');
    expect(searchSpeeches(seeds, first.valueFor, termOf, '/')).toEqual(fresh);
    expect(first.computed()).toBe(seeds.length);
    expect(fresh.some((s) => s.filters.concepts.length > 0)).toBe(true);

    // A rebuild: one speech changed (its key too), one added; the others are not matched again.
    const changed = {
      ...seeds[2]!,
      slug: 'seed-2-changed',
      blocks: [...seeds[2]!.blocks, { ...seeds[2]!.blocks[0]!, text: '开展主题教育。' }],
    };
    const again = [...seeds.slice(0, 2), changed, ...seeds.slice(3), { ...seeds[0]!, slug: 'seed-added' }];
    const second = withKept(first.now, keyOf, (s) => conceptSlugs(s.blocks, matcher));
    expect(searchSpeeches(again, second.valueFor, termOf, '/')).toEqual(searchSpeeches(again, matcher, termOf, '/'));
    expect(second.computed()).toBe(2);
    expect([...second.now.keys()].sort()).toEqual(again.map((s) => s.slug).sort());
  });

  it('keeps them in the cache folder under the glossary, and not for another glossary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-concepts-'));
    try {
      const key = glossaryKey([entry('主题教育'), entry('巡视整改')]);
      expect(glossaryKey([entry('主题教育'), entry('巡视整改', ['巡视反馈意见整改'])])).not.toBe(key);
      expect(await readConceptSlugs(dir, key)).toEqual(new Map());
      const slugs = new Map([
        ['a', ['zhu-ti-jiao-yu']],
        ['b', []],
      ]);
      await saveConceptSlugs(dir, key, slugs);
      expect(await readConceptSlugs(dir, key)).toEqual(slugs);
      expect(await readConceptSlugs(dir, 'another glossary')).toEqual(new Map());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
