// Which near matches a crowded half bucket compares follows from the sentences, not from the
// order the speeches come in: the same speeches in any order give the same passages. This is
// what lets a rebuild redo only the buckets an added, changed or removed speech's sentences
// fall in (docs/PERFORMANCE.md, session 12 wt-cross).
import { describe, expect, it } from 'vitest';
import { findParallels, type ParallelSpeech, type Parallels } from '../../src/lib/annotate/parallels.ts';
import { mulberry32 } from '../../scripts/lib/bench/prng.ts';

const POOL = '建设发展改革创新推进落实加强完善坚持深化提高全面协调治理服务保障工作制度体系能力经济社会文化生态安全人民群众基层组织';

/** `n` characters drawn from POOL. */
const word = (rand: () => number, n: number) => Array.from({ length: n }, () => POOL[Math.floor(rand() * POOL.length)]!).join('');

/** One character of `text` at `at` replaced by another of POOL. */
const oneChanged = (text: string, at: number) => {
  const c = text[at] === POOL[0] ? POOL[1]! : POOL[0]!;
  return text.slice(0, at) + c + text.slice(at + 1);
};

/**
 * `pairs` pairs of speeches: speech a-k says `opening + ending[k]`, speech b-k the same with
 * one character of the ending changed (a near match, found only through the opening's
 * bucket, which holds 2 × `pairs` keys, more than a bucket compares).
 */
function crowdedBucket(pairs: number): ParallelSpeech[] {
  const rand = mulberry32(13);
  const opening = word(rand, 14);
  const speech = (slug: string, sentence: string, day: number): ParallelSpeech => ({
    slug,
    title: slug,
    date: `2020-01-${String(day).padStart(2, '0')}`,
    year: 2020,
    campaign: null,
    blocks: [{ kind: 'paragraph', text: `${sentence}。` }],
  });
  const out: ParallelSpeech[] = [];
  for (let k = 0; k < pairs; k++) {
    const ending = word(rand, 14);
    out.push(speech(`a-${k}`, opening + ending, 1 + (k % 28)));
    out.push(speech(`b-${k}`, opening + oneChanged(ending, 7), 1 + (k % 28)));
  }
  return out;
}

/** The passages as sets of places, whatever their ids and order. */
const passages = (p: Parallels) =>
  p.groups
    .map((g) =>
      g.places
        .map((place) => `${place.slug}#${place.paragraph}`)
        .sort()
        .join(' '),
    )
    .sort();

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('parallel passages in a crowded bucket', () => {
  const speeches = crowdedBucket(12);
  const pairsFirst = speeches; // a-0, b-0, a-1, b-1 …: each pair side by side
  const allAFirst = [...speeches.filter((s) => s.slug.startsWith('a-')), ...speeches.filter((s) => s.slug.startsWith('b-'))];

  it('finds the same passages whatever the order of the speeches', () => {
    const expected = passages(findParallels(pairsFirst));
    expect(passages(findParallels(allAFirst))).toEqual(expected);
    for (let seed = 1; seed <= 8; seed++) expect(passages(findParallels(shuffled(speeches, seed)))).toEqual(expected);
  });

  it('compares a bounded number of keys a bucket: some near pairs of the twenty-four keys are found, not all', () => {
    const found = passages(findParallels(speeches));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(12);
    for (const g of found) expect(g).toMatch(/^a-(\d+)#1 b-\1#1$/);
  });
});
