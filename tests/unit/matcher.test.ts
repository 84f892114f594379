// `find` scans with an index by first code unit instead of running the regex: where no
// sense rule or boundary rule refuses a candidate, it must give exactly what the regex
// finds on the folded text (traditional characters folded to simplified), with the
// text as written.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, type Match, type Matcher } from '../../src/lib/concepts/matcher.ts';
import { glossaryFoldTable } from '../../src/lib/concepts/glossary.ts';
import { foldQuery } from '../../src/lib/text/fold.ts';
import { readGlossary } from '../../scripts/lib/glossary-files.ts';
import { CORPUS_DIR, loadSeed } from './fixtures/ingest-helpers.ts';

const byRegex = (m: Matcher, text: string, folded = text): Match[] =>
  [...folded.matchAll(m.regex())].map((r) => ({ slug: m.slugOf(r[0])!, text: text.slice(r.index, r.index + r[0].length), index: r.index }));
const matcherOf = (...wordings: string[]) => createMatcher(wordings.map((w, i) => ({ slug: `c${i}`, term: w, wordings: [w] })));

describe('Matcher.find', () => {
  // The real glossary's wordings without their sense rules (those refuse candidates on purpose).
  const entries = readGlossary(join(import.meta.dirname, '../../content/concepts'));
  const fold = glossaryFoldTable(entries);
  const glossary = createMatcher(
    entries.map((e) => ({ slug: e.slug, term: e.data.term, wordings: [e.data.term, ...e.data.variants] })),
    { fold },
  );

  it('finds what the regex finds in every block of the seeds, with the real glossary', () => {
    const blocks = ['000', '001', '002', '003', '004'].flatMap((n) => loadSeed(n).speech.blocks.map((b) => b.text));
    let found = 0;
    for (const text of blocks) {
      const matches = glossary.find(text);
      expect(matches, text).toEqual(byRegex(glossary, text));
      found += matches.length;
    }
    expect(found).toBeGreaterThan(50);
  });

  it.skipIf(!existsSync(CORPUS_DIR))(
    'finds what the regex finds in every line of the corpus, with the real glossary',
    () => {
      const folders = readdirSync(CORPUS_DIR).filter((f) => !f.startsWith('_') && !f.includes('.'));
      let found = 0;
      for (const folder of folders) {
        for (const file of readdirSync(join(CORPUS_DIR, folder)).filter((f) => f.endsWith('.txt'))) {
          for (const line of readFileSync(join(CORPUS_DIR, folder, file), 'utf8').split('\n')) {
            const matches = glossary.find(line);
            expect(matches, `${folder}/${file}: ${line}`).toEqual(byRegex(glossary, line, foldQuery(line, fold)));
            found += matches.length;
          }
        }
      }
      expect(found).toBeGreaterThan(1000);
    },
    60_000,
  );

  it('takes the longest wording at the leftmost position, never one inside it', () => {
    const m = matcherOf('四个意识', '意识', '中央八项规定', '八项规定', '形式主义', '形式主义、官僚主义');
    const text = '增强四个意识和宗旨意识，落实中央八项规定和八项规定精神，反对形式主义、官僚主义和形式主义。';
    expect(m.find(text).map((x) => `${x.index}:${x.text}`)).toEqual([
      '2:四个意识',
      '9:意识',
      '14:中央八项规定',
      '21:八项规定',
      '30:形式主义、官僚主义',
      '40:形式主义',
    ]);
    expect(m.find(text)).toEqual(byRegex(m, text));
  });

  it('lets the leftmost of two overlapping wordings win, even when the other is longer', () => {
    const m = matcherOf('两个维护', '维护核心地位');
    expect(m.find('两个维护核心地位').map((x) => x.text)).toEqual(['两个维护']);
    expect(m.find('坚决维护核心地位').map((x) => x.text)).toEqual(['维护核心地位']);
    const n = matcherOf('ABCD', 'BC');
    for (const text of ['ABCD', 'ABC', 'AABCDBC']) expect(n.find(text), text).toEqual(byRegex(n, text));
  });

  it('finds adjacent matches, and wordings with regex characters, surrogate pairs or an empty wording as the regex does', () => {
    const m = matcherOf('四风', '四个意识', '两个维护', '1+6', '(试行)', 'a.b', '𠀀', '𠀁');
    const text = '四风四风四个意识两个维护“1+6”(试行)a.b axb 𠀀𠀁\ud840';
    expect(m.find(text).map((x) => x.text)).toEqual(['四风', '四风', '四个意识', '两个维护', '1+6', '(试行)', 'a.b', '𠀀', '𠀁']);
    expect(m.find(text)).toEqual(byRegex(m, text));
    const empty = matcherOf('', 'ab');
    expect(empty.find('xaby')).toEqual(byRegex(empty, 'xaby'));
    expect(empty.find('xaby').map((x) => x.index)).toEqual([0, 1, 3, 4]);
    expect(createMatcher([]).find('四风')).toEqual([]);
  });

  it('matches the regex for random wordings and texts over a small alphabet (no numerals or bound suffixes)', () => {
    const s = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '意', '风'), maxLength: max });
    fc.assert(
      fc.property(fc.uniqueArray(s(5), { maxLength: 8 }), s(40), (wordings, text) => {
        const m = matcherOf(...wordings);
        expect(m.find(text)).toEqual(byRegex(m, text));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
