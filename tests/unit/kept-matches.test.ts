// The glossary's matches per speech kept from build to build (src/lib/concepts/kept-matches.ts):
// a rebuild matches only new and changed speeches, and every concept's occurrences are those
// of matching every speech.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMatches, encodeMatches, matchesWithKept, readKeptMatches, saveKeptMatches } from '../../src/lib/concepts/kept-matches.ts';
import { createMatcher } from '../../src/lib/concepts/matcher.ts';
import { conceptOccurrences, findInSpeech } from '../../src/lib/concepts/occurrences.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import { glossary as seedGlossary, seeds } from './fixtures/seed-speeches.ts';

const glossary = [...seedGlossary, { slug: 'dang-yuan', term: '党员', wordings: ['党员', '黨員'] }];
const matcher = createMatcher(glossary);
const slugs = glossary.map((g) => g.slug);
const keyOf = (s: SpeechEntry) => s.slug;

describe('kept matches', () => {
  it('read back as found, block by block', () => {
    const found = findInSpeech(matcher)(seeds[1]!);
    expect(found.flat().length).toBeGreaterThan(3);
    const place = new Map<string, number>();
    const flat = encodeMatches(found, (slug) => place.get(slug) ?? place.set(slug, place.size).get(slug)!);
    expect(decodeMatches(flat, [...place.keys()], seeds[1]!.blocks)).toEqual(found);
  });

  it("give every concept's occurrences as matching every speech does, matching only what changed", async () => {
    const fresh = conceptOccurrences(seeds, matcher, slugs);
    const first = matchesWithKept(null, 'k', keyOf, findInSpeech(matcher));
    expect(conceptOccurrences(seeds, matcher, slugs, first.matchesIn)).toEqual(fresh);
    expect(first.matched()).toBe(seeds.length);

    const dir = mkdtempSync(join(tmpdir(), 'kept-matches-'));
    try {
      const file = join(dir, 'concept-matches.json');
      await saveKeptMatches(file, first.next());
      const kept = await readKeptMatches(file, 'k');
      expect(await readKeptMatches(file, 'another glossary')).toBeNull();
      // A rebuild: one speech changed (another data key), one in traditional characters added.
      const changed = {
        ...seeds[3]!,
        slug: 'seed-3-changed',
        blocks: [...seeds[3]!.blocks, { ...seeds[3]!.blocks[0]!, text: '全体黨員开展主题教育。' }],
      };
      const again = [...seeds.slice(0, 3), changed, seeds[4]!, { ...seeds[0]!, slug: 'seed-added' }];
      const second = matchesWithKept(kept, 'k', keyOf, findInSpeech(matcher));
      expect(conceptOccurrences(again, matcher, slugs, second.matchesIn)).toEqual(conceptOccurrences(again, matcher, slugs));
      expect(second.matched()).toBe(2);
      expect([...second.next().values.keys()].sort()).toEqual(again.map((s) => s.slug).sort());
      // Under another key (another glossary or code) nothing kept is used.
      const other = matchesWithKept(kept, 'another glossary', keyOf, findInSpeech(matcher));
      conceptOccurrences(again, matcher, slugs, other.matchesIn);
      expect(other.matched()).toBe(again.length);
      expect(await readKeptMatches(join(dir, 'none.json'), 'k')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
