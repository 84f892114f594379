// The n-gram index over a sample of the real corpus (../shared/corpus; skipped when absent)
// answers exactly as brute force over the same texts.
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { QUERIES } from '../../scripts/lib/bench/queries.ts';
import { buildIndex, CORPUS_DIR, corpusTexts, expectLikeOracle, phraseArbitrary } from './fixtures/search-index-oracle.ts';

const present = existsSync(CORPUS_DIR);
if (!present) console.warn(`search-index-corpus: ${CORPUS_DIR} is absent; the corpus sample is skipped.`);

describe.skipIf(!present)('search index of a corpus sample', async () => {
  // Every 6th real text (about 100), built with two partitions.
  const texts = present ? corpusTexts(6, 120) : [];
  const { index } = present ? await buildIndex(texts, { partitions: 2 }) : { index: null };

  it('answers the bench queries as brute force does', async () => {
    for (const q of QUERIES) await expectLikeOracle(index!, texts, q);
  }, 120_000);

  it('finds what brute force finds: random substrings with punctuation, across breaks, absent strings (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(phraseArbitrary(texts), async (phrase) => expectLikeOracle(index!, texts, phrase)),
      { numRuns: 300, seed: 20261203 },
    );
  }, 600_000);
});
