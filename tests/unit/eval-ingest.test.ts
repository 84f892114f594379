// The hand-labelled ingest evaluation set (tests/fixtures/ingest-eval/) is well-formed:
// every item loads, every labelled line exists, ranges lie inside the file, campaign
// names exist. Not a test of the cleaner's accuracy: `npm run eval:ingest` measures that.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS } from '../../src/lib/ingest/index.ts';
import { CORPUS_DIR, EVAL_DIR, assemble, checkItem, listItemIds, loadItem, readLabel } from '../../scripts/lib/eval/labels.ts';
import type { EvalItem } from '../../scripts/lib/eval/labels.ts';
import { lostSpeech, noiseKept, scoreItem, titleRight } from '../../scripts/lib/eval/score.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const names = CAMPAIGNS.map((c) => c.name);
const ids = listItemIds();
const corpus = existsSync(CORPUS_DIR);

describe('ingest eval set: labels', () => {
  it('has at least 60 items', () => {
    expect(ids.length).toBeGreaterThanOrEqual(60);
  });

  for (const id of ids) {
    const r = loadItem(id);
    if ('skipped' in r) {
      it.skip(`${id} (${r.skipped})`, () => {});
      continue;
    }
    it(`${id} is well-formed`, () => {
      expect(checkItem(r.item, names)).toEqual([]);
    });
  }

  it('corpus items hold labels only, not the corpus text (no speech part, no long quote)', () => {
    for (const id of ids) {
      const label = readLabel(id);
      if (!('corpus' in label.source)) continue;
      expect(
        (label.mixed ?? []).filter((m) => m.speech !== undefined),
        id,
      ).toEqual([]);
      const long = JSON.stringify(label).match(/"(?:[^"\\]|\\.){301,}"/);
      expect(long?.[0].slice(0, 40) ?? null, id).toBeNull();
    }
  });

  it('every template is used by an item and has a speech placeholder', () => {
    const used = new Set(ids.map((id) => readLabel(id).source).flatMap((src) => ('template' in src ? [src.template] : [])));
    for (const t of readdirSync(join(EVAL_DIR, 'templates'))) {
      expect(used.has(t), `${t} is used by no item`).toBe(true);
      expect(readFileSync(join(EVAL_DIR, 'templates', t), 'utf8')).toMatch(/\{\{speech 1\b/);
    }
  });

  it.skipIf(!corpus)('reads corpus items from ../shared/corpus (skipped when absent)', () => {
    expect(ids.map((id) => loadItem(id)).filter((r) => 'skipped' in r)).toEqual([]);
  });

  it('skips corpus items, with a message, when the corpus is absent; seeds and seed-only pages still load', () => {
    const gone = join(tmpdir(), 'no-such-corpus');
    const r = loadItem('12371-zhou-enlai', EVAL_DIR, gone);
    expect('skipped' in r && r.skipped).toMatch(/12371-zhou-enlai: skipped, .*no-such-corpus.* is absent/);
    expect('item' in loadItem('tpl-gov-portal-breadcrumb', EVAL_DIR, gone)).toBe(true);
    expect('item' in loadItem('seed-002', EVAL_DIR, gone)).toBe(true);
  });
});

const seed = (): EvalItem => {
  const r = loadItem('seed-001');
  if ('skipped' in r) throw new Error('seed items are never skipped');
  return r.item;
};

describe('ingest eval set: the checks catch broken labels', () => {
  it('a range outside the file, an unknown campaign and a bad date are reported', () => {
    const item = seed();
    const bad: EvalItem = {
      ...item,
      label: { ...item.label, campaign: '不存在的活动', date: '2019-13', noise: [[12, 99]] },
      body: { first: 2, last: 40 },
    };
    const problems = checkItem(bad, names).join('\n');
    expect(problems).toMatch(/campaign "不存在的活动"/);
    expect(problems).toMatch(/date "2019-13"/);
    expect(problems).toMatch(/noise range \[12,99\]/);
    expect(problems).toMatch(/body 2-40/);
  });

  it('a mixed line whose speech part is not in the line is reported', () => {
    const item = seed();
    const bad: EvalItem = { ...item, mixed: [{ line: 3, speech: '这句话不在这一行', noise: ['x'] }] };
    expect(checkItem(bad, names).join('\n')).toMatch(/mixed line 3/);
  });
});

describe('ingest eval: assembling and scoring', () => {
  it('a placeholder expands to the speech lines, glued text and page breaks become labelled noise', () => {
    const a = assemble('头\n当前位置：首页\n摄影/某某{{speech 1 wrap=4 page=2 foot="- {n} -"}}\n尾', [
      { seed: 'content/raw/001_96dd786780a8f525.txt', lines: [2, 2] },
    ]);
    // 同志们: (4 chars) → one wrapped line, then 尾
    expect(a.lines).toEqual(['头', '当前位置：首页', '摄影/某某同志们:', '尾']);
    expect(a.mixed).toEqual([{ line: 3, speech: '同志们:', noise: ['摄影/某某'] }]);
    const b = assemble('{{speech 1 wrap=2 page=1 foot="- {n} -" head="页眉"}}', [
      { seed: 'content/raw/001_96dd786780a8f525.txt', lines: [2, 2] },
    ]);
    expect(b.lines).toEqual(['同志', '- 1 -', '', '页眉', '们:', '- 2 -', '', '页眉']);
    expect(b.noise).toEqual([2, 4, 6, 8]);
  });

  it('sentences puts each sentence on a line of its own and a blank line between paragraphs; the speech stays the paragraphs', () => {
    const seed = 'content/raw/001_96dd786780a8f525.txt';
    const paras = readFileSync(seed, 'utf8').split('\n').slice(5, 8);
    const a = assemble('题\n{{speech 1 sentences}}\n尾', [{ seed, lines: [6, 8] }]);
    // a heading, a paragraph of five sentences (the last ends in a closing quote and 。), a heading
    expect(a.lines).toHaveLength(1 + 1 + 1 + 5 + 1 + 1 + 1);
    expect(a.lines[1]).toBe(paras[0]);
    expect([a.lines[2], a.lines[8]]).toEqual(['', '']);
    const sentences = a.lines.slice(3, 8);
    expect(sentences.join('')).toBe(paras[1]);
    for (const l of sentences) expect(l).toMatch(/。$/);
    expect(a.lines[9]).toBe(paras[2]);
    expect(a.speech).toEqual(paras);
    expect(a.map[2]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  // Only the fields the scorer reads; the cast keeps this test out of the way of new Speech fields.
  const speech = (over: Partial<Speech>): Speech =>
    ({
      source: 'x.txt',
      title: 't',
      speaker: null,
      date: null,
      year: null,
      occasion: null,
      campaign: null,
      notes: [],
      blocks: [],
      outline: [],
      removed: [],
      repairs: [],
      chars: 0,
      header: [],
      ...over,
    }) as Speech;

  it('speech lost counts sentences missing from the blocks, in order', () => {
    const s = speech({ blocks: [{ kind: 'paragraph', text: '第一句。第三句！', line: 1 }] });
    const r = lostSpeech(['第一句。第二句。', '第三句！'], s);
    expect(r.lost).toBe(4);
    expect(r.lostSentences).toEqual(['第二句。']);
  });

  it('a noise line is kept when the block covering its line holds it, removed when reported removed', () => {
    const s = speech({
      blocks: [
        { kind: 'paragraph', text: '正文。分享到：微信', line: 5 },
        { kind: 'paragraph', text: '第二段2018年。', line: 9 },
      ],
      removed: [{ reason: 'menu', text: '首页 | 新闻', line: 1 }],
    });
    const pieces = s.blocks.map((b) => ({ line: b.line, text: b.text }));
    expect(noiseKept('分享到：微信', 6, s, pieces)).toBe(true);
    expect(noiseKept('首页 | 新闻', 1, s, pieces)).toBe(false);
    expect(noiseKept('1', 10, s, pieces)).toBe(false);
    // cut down, not removed: most of the junk is still there
    const junk = speech({ blocks: [{ kind: 'paragraph', text: '第一句。J0 z# o @% k.第二句。', line: 3 }] });
    const jp = junk.blocks.map((b) => ({ line: b.line, text: b.text }));
    expect(noiseKept("' J0 z# o' @% k. x", 3, junk, jp)).toBe(true);
    expect(noiseKept('2 R( s$ z/ g- `1 W', 3, junk, jp)).toBe(false);
  });

  it('a title is right with or without its subtitle, whitespace and punctuation width aside', () => {
    const item = { ...seed() };
    item.label = { ...item.label, title: '在全市会议上的讲话', subtitle: '——总结 2023 年工作' };
    expect(titleRight(item, '在全市会议上的讲话')).toBe(true);
    expect(titleRight(item, '在全市会议上的讲话——总结2023年工作')).toBe(true);
    expect(titleRight(item, '首页 在全市会议上的讲话')).toBe(false);
  });

  it('a null title (no basis in the text) is right only when the cleaner says it found none', () => {
    const item = { ...seed() };
    item.label = { ...item.label, title: null };
    expect(titleRight(item, '2020-03-07_1', true)).toBe(true);
    expect(titleRight(item, '2020-03-07_1', false)).toBe(false);
    expect(titleRight(item, '在会议上的讲话')).toBe(false);
    item.label = { ...item.label, title: '在全市会议上的讲话' };
    expect(titleRight(item, '在全市会议上的讲话', true)).toBe(false);
  });

  it('a date is right only as labelled; the publication date is a fallback only where the label gives it', () => {
    const item = seed();
    item.label = { ...item.label, date: null, year: null };
    expect(scoreItem(item, speech({})).right.date).toBe(true);
    expect(scoreItem(item, speech({ year: 2016 })).right.date).toBe(false);
    item.label = { ...item.label, publication: '2016-07-15' };
    expect(scoreItem(item, speech({ year: 2016 })).right.date).toBe(true);
    expect(scoreItem(item, speech({ year: 2016, date: '2016-07-15' })).right.date).toBe(true);
    expect(scoreItem(item, speech({ year: 2017 })).right.date).toBe(false);
    item.label = { ...item.label, publication: undefined, date: '2019-11-12', year: 2019 };
    expect(scoreItem(item, speech({ year: 2019 })).right.date).toBe(false);
    expect(scoreItem(item, speech({ year: 2019, date: '2019-11-12' })).right.date).toBe(true);
  });

  it('a cleaner that throws scores every field wrong and all speech lost', () => {
    const item = seed();
    const r = scoreItem(item, new Error('boom'));
    expect(Object.values(r.right).every((v) => !v)).toBe(true);
    expect(r.speech.lost).toBe(r.speech.chars);
  });
});
