import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { findParallels, mostReused, openingWords, type ParallelSpeech } from '../../src/lib/annotate/parallels.ts';
import { boundedDistance, paragraphSentences } from '../../src/lib/annotate/sentences.ts';

const RAW = join(import.meta.dirname, '../../content/raw');
const seeds = readdirSync(RAW)
  .sort()
  .map((name) => ingestText(readFileSync(join(RAW, name), 'utf8'), name));
const asInput = (slug: string, s: (typeof seeds)[number]): ParallelSpeech => ({
  slug,
  title: s.title,
  date: s.date,
  year: s.year,
  campaign: s.campaign,
  blocks: s.blocks,
});

/** A speech made of given paragraphs, as ingest would give it. */
const made = (slug: string, date: string, paragraphs: string[]): ParallelSpeech => ({
  slug,
  title: slug,
  date,
  year: Number(date.slice(0, 4)),
  campaign: null,
  blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
});

describe('sentences', () => {
  it('cuts paragraphs at sentence ends, keeps closing quotes, numbers paragraphs as the page does', () => {
    const s = paragraphSentences(
      [
        { kind: 'paragraph', text: '同志们：' },
        { kind: 'heading', text: '第一，提高政治站位' },
        { kind: 'paragraph', text: '他强调：“要把学习贯彻党的创新理论作为首要任务。”我们必须坚决贯彻落实到位，不打折扣！' },
      ],
      8,
    );
    expect(s.map((x) => [x.paragraph, x.text])).toEqual([
      [2, '他强调：“要把学习贯彻党的创新理论作为首要任务。”'],
      [2, '我们必须坚决贯彻落实到位，不打折扣！'],
    ]);
    expect(s[0]!.key).toBe('他强调要把学习贯彻党的创新理论作为首要任务');
  });

  it('bounds the edit distance', () => {
    expect(boundedDistance('推动主题教育走深走实', '推动主题教育走深走实', 1)).toBe(0);
    expect(boundedDistance('推动主题教育走深走实', '推进主题教育走深走实', 1)).toBe(1);
    expect(boundedDistance('推动主题教育走深走实', '推动主题教育走深', 1)).toBe(2);
    expect(boundedDistance('推动主题教育走深走实', '扎实推动主题教育走深走实', 2)).toBe(2);
  });
});

describe('findParallels', () => {
  // A real paragraph of the 2019 seed, said again in a later speech with one character changed.
  const seed = seeds.find((s) => s.date === '2019-11-12')!;
  const paragraphs = seed.blocks.filter((b) => b.kind === 'paragraph');
  const source = paragraphs.find((p) => p.text.length > 80)!.text;
  const number = paragraphs.findIndex((p) => p.text === source) + 1;
  const firstSentence = paragraphSentences([{ kind: 'paragraph', text: source }], 12)[0]!.text;
  const changed = firstSentence.replace(/[\u4e00-\u9fff](?=[\u4e00-\u9fff]{6}[，。])/u, '某');

  it('links a shared sentence both ways, to the exact paragraph, earliest first', () => {
    expect(changed).not.toBe(firstSentence);
    const result = findParallels([
      asInput('seed-2019', seed),
      made('later-2021', '2021-03-01', ['同志们：', `今天我们重温这段话。${changed}`]),
      made('unrelated-2020', '2020-05-01', [
        '今年全市粮食生产再获丰收，总产量比上年增长百分之三点二。',
        '各地要抓好秋冬种工作，确保明年夏粮稳产增产。',
      ]),
    ]);
    const mine = result.bySpeech.get('seed-2019')!;
    expect(mine).toHaveLength(1);
    expect(mine[0]!.paragraph).toBe(number);
    expect(mine[0]!.elsewhere.map((p) => [p.slug, p.paragraph])).toEqual([['later-2021', 2]]);
    const theirs = result.bySpeech.get('later-2021')!;
    expect(theirs[0]!.elsewhere.map((p) => [p.slug, p.paragraph])).toEqual([['seed-2019', number]]);
    expect(result.bySpeech.has('unrelated-2020')).toBe(false);
    expect(result.groups[0]!.places.map((p) => p.slug)).toEqual(['seed-2019', 'later-2021']);
  });

  it('does not link sentences that differ in more than a character or two', () => {
    const far = firstSentence.replace(/[\u4e00-\u9fff]{5}/u, '某某某某某');
    expect(findParallels([asInput('seed-2019', seed), made('other', '2021-03-01', [far])]).groups).toEqual([]);
  });

  it('finds nothing between the bundled speeches that is not really shared, and is deterministic', () => {
    const inputs = seeds.map((s, i) => asInput(`seed-${i}`, s));
    const a = findParallels(inputs);
    const b = findParallels([...inputs].reverse());
    for (const g of a.groups) {
      expect(new Set(g.places.map((p) => p.slug)).size).toBe(g.places.length);
      expect(g.places.length).toBeGreaterThan(1);
    }
    expect(
      mostReused(a.groups, 10)
        .map((g) => g.sentence)
        .sort(),
    ).toEqual(
      mostReused(b.groups, 10)
        .map((g) => g.sentence)
        .sort(),
    );
  });
});

describe('openingWords', () => {
  it('keeps at most the first 24 characters, without trailing punctuation', () => {
    expect(openingWords('要把学习贯彻党的创新理论作为首要任务。')).toBe('要把学习贯彻党的创新理论作为首要任务');
    expect(openingWords('坚持以人民为中心的发展思想，不断实现好、维护好、发展好最广大人民根本利益。')).toBe(
      '坚持以人民为中心的发展思想，不断实现好、维护好',
    );
    expect(openingWords('𠮷野家的“早餐”。', 4)).toBe('𠮷野家的');
  });
});
