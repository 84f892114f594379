// The fast cross-speech code (typed arrays, hashes, no per-pair maps) gives exactly what the
// plain first version gives (tests/unit/parallels-reference.ts), on real texts from
// ../shared/corpus (test data only; skipped when absent) and speeches recombined from their
// paragraphs, some sentences with a character changed or other punctuation.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText, type Speech } from '../../src/lib/ingest/index.ts';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import { assignSlugs } from '../../src/lib/speech/slugs.ts';
import { newestFirst } from '../../src/lib/speech/order.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import { glossaryMatcher } from '../../src/lib/concepts/glossary.ts';
import { conceptOccurrences } from '../../src/lib/concepts/occurrences.ts';
import { crossSpeech } from '../../src/lib/annotate/cross-speech.ts';
import { mostReused } from '../../src/lib/annotate/parallels.ts';
import { readGlossary } from '../../scripts/lib/glossary-files.ts';
import { mulberry32 } from '../../scripts/lib/bench/prng.ts';
import { referenceCrossSpeech } from './parallels-reference.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const REAL = 200;
const RECOMBINED = 300;
const HEADINGS = [
  '统一思想，提高认识',
  '突出重点，狠抓落实',
  '加强领导，强化保障',
  '聚焦问题，精准施策',
  '压实责任，严格考核',
  '改进作风，务求实效',
];

function texts(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt') && !f.includes('_metadata_only'))
    .map((f) => relative(root, join(root, f)))
    .sort()
    .filter((_, i) => i % 2 === 0)
    .slice(0, REAL);
}

/** Real speeches, then speeches made of their paragraphs, a few with a changed character or other punctuation; campaigns, stages and speakers from small lists. */
function archive(): SpeechEntry[] {
  const real: Speech[] = texts(CORPUS).map((f) => ingestText(decodeRaw(readFileSync(join(CORPUS, f)), f), f.replaceAll('/', '_')));
  const pool = real.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  const rand = mulberry32(16);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const made: Speech[] = [];
  for (let k = 0; k < RECOMBINED; k++) {
    const paragraphs = Array.from({ length: 8 + Math.floor(rand() * 20) }, () => {
      const text = pick(pool);
      const r = rand();
      // One character changed, or the commas made full stops: near, not equal.
      if (r < 0.15) return text.replace(/[\u4e00-\u9fff](?=[\u4e00-\u9fff]{5})/u, '某');
      if (r < 0.25) return text.replaceAll('，', '。');
      return text;
    });
    // Outlines of three parts out of six headings: some alike, some not.
    if (rand() < 0.6) {
      const parts = HEADINGS.filter(() => rand() < 0.5).slice(0, 3);
      parts.forEach((h, n) => {
        paragraphs.splice(Math.min(paragraphs.length, 1 + n * 3), 0, `${'一二三'[n]}、${h}`);
      });
    }
    // A few paragraphs said in very many speeches (set phrases: they relate no two speeches).
    if (rand() < 0.4) paragraphs.unshift(pick(pool.slice(0, 3)));
    const speech = ingestText(
      [
        '---',
        `title: 在全市第${k + 1}次工作会议上的讲话`,
        `date: ${2012 + (k % 13)}-0${1 + (k % 9)}-1${k % 10}`,
        '---',
        '',
        ...paragraphs.map((p) => `${p}\n`),
      ].join('\n'),
      `made-${k}.txt`,
    );
    made.push({
      ...speech,
      campaign: rand() < 0.5 ? pick(['主题教育', '作风建设年', '乡村振兴']) : null,
      occasion: rand() < 0.6 ? pick(['动员会', '推进会', '总结会']) : null,
      speaker: pick(['王建国', '李振华', '张卫东', null]),
    });
  }
  const all = [...real, ...made];
  const slugs = assignSlugs(all);
  return newestFirst(all.map((s) => ({ ...s, slug: slugs.get(s.source)! })));
}

describe.skipIf(!existsSync(CORPUS))('fast cross-speech computations', () => {
  if (!existsSync(CORPUS)) console.warn(`skipped: no ${CORPUS} (the real texts; see its README)`);
  const speeches = existsSync(CORPUS) ? archive() : [];
  const glossary = readGlossary();
  const stats = conceptOccurrences(
    speeches,
    glossaryMatcher(glossary),
    glossary.map((g) => g.slug),
  );
  const terms = new Map<string, { term: string; n: number }[]>();
  for (const g of glossary)
    for (const { speech, lines } of stats.get(g.slug)!.passages)
      terms.set(speech.slug, [...(terms.get(speech.slug) ?? []), { term: g.data.term, n: lines.length }]);
  const conceptsOf = (slug: string) => (terms.get(slug) ?? []).sort((a, b) => b.n - a.n).map((c) => c.term);

  it('find the same parallel passages, notes and related speeches as the plain code', () => {
    const fast = crossSpeech(speeches, conceptsOf);
    const plain = referenceCrossSpeech(speeches, conceptsOf);
    // Not vacuous: many groups, near (not equal) sentences among them, related speeches with shared sentences.
    expect(plain.parallels.groups.length).toBeGreaterThan(500);
    expect(plain.parallels.groups.some((g) => g.places.length > 30)).toBe(true);
    const sentencesOf = (slug: string) => plain.parallels.bySpeech.get(slug)!.map((h) => h.sentence);
    expect(plain.parallels.groups.some((g) => g.places.some((p) => !sentencesOf(p.slug).includes(g.sentence)))).toBe(true);
    expect([...plain.related.values()].flat().some((r) => r.reasons.some((x) => x.includes('相同语句')))).toBe(true);
    expect([...plain.related.values()].flat().some((r) => r.reasons.some((x) => x.startsWith('共用提法')))).toBe(true);
    expect([...plain.related.values()].flat().some((r) => r.reasons.includes('提纲相近'))).toBe(true);

    expect(fast.parallels.groups).toEqual(plain.parallels.groups);
    expect([...fast.parallels.bySpeech]).toEqual([...plain.parallels.bySpeech]);
    expect([...fast.related]).toEqual([...plain.related]);
    expect(mostReused(fast.parallels.groups, 50)).toEqual(mostReused(plain.parallels.groups, 50));
  });
});
