// The outline as a tree, on real passages: the seeds, corpus texts read at test
// time (skipped with a message when ../shared/corpus is absent), and speech text
// in the shapes the issue found on pages this project had not seen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { nestOutline } from '../../src/lib/pages/outline-nest.ts';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { speechToMdast } from '../../src/lib/render/speech-mdast.ts';
import { CORPUS_DIR, loadSeed } from './fixtures/ingest-helpers.ts';

/** `depth:marker` for each item, the shape an editor reads the outline in. */
const shape = (s: Speech) => s.outline.map((o) => `${o.depth}:${o.marker}`);
const ingest = (...lines: string[]) => ingestText(lines.join('\n'), 'x.txt');

function corpus(path: string): Speech | null {
  const file = join(CORPUS_DIR, path);
  if (!existsSync(file)) {
    console.warn(`skipped: ${file} is absent (../shared/corpus)`);
    return null;
  }
  return ingestText(readFileSync(file, 'utf8'), path.split('/').pop()!);
}
const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus) console.warn(`corpus outline tests skipped: ${CORPUS_DIR} is absent`);

describe.skipIf(!hasCorpus)('three levels kept (corpus)', () => {
  it('一、 / 第一 / 一是 in a report of the machine reform: each level nested, ids down the tree', () => {
    const s = corpus('12371_xi_governance_v3_pages/ARTI1523454152698258.txt');
    if (!s) return;
    const three = s.outline.filter((o) => o.id.startsWith('s3'));
    expect(three.slice(0, 4).map((o) => `${o.id} ${o.depth}:${o.marker}`)).toEqual([
      's3 1:三、',
      's3-1 2:第一',
      's3-1-1 3:一是',
      's3-1-2 3:二是',
    ]);
    // 第二 closes the 一是 list under 第一; its own 一是…十三是 (and on) nest under it.
    const second = s.outline.find((o) => o.id === 's3-2')!;
    expect(second.marker).toBe('第二');
    expect(
      s.outline
        .filter((o) => o.id.startsWith('s3-2-'))
        .map((o) => o.n)
        .slice(0, 13),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(new Set(s.outline.map((o) => o.id)).size).toBe(s.outline.length);
  });
  it('一、 / （一） / 一是 in a policy text: three depths, the 一是 lists under each （X）', () => {
    const s = corpus('policy_docs_central_shandong/central_006.txt');
    if (!s) return;
    expect(shape(s).slice(0, 9)).toEqual(['1:一、', '1:二、', '2:（一）', '3:一是', '3:二是', '3:三是', '3:四是', '3:五是', '2:（二）']);
    expect(Math.max(...s.outline.map((o) => o.depth))).toBe(3);
  });
});

describe('a series inside a paragraph stays text', () => {
  it('一是…四是 inside one sentence (seed 002) gives no items; the paragraph is its 3、 item only', () => {
    const { speech: s } = loadSeed('002_');
    const b = s.blocks.findIndex((x) => x.text.includes('一是防止盲目自满情绪，二是防止赶进度'));
    expect(b).toBeGreaterThan(0);
    expect(s.outline.filter((o) => o.block === b).map((o) => o.marker)).toEqual(['3、']);
  });
  it('a roadmap sentence opening its paragraph (一是…；二是…；三是…) is text, the list after it is read', () => {
    const s = ingest(
      '同志们：',
      '下面，我讲三点意见：一是提高政治站位；二是突出工作重点；三是加强组织领导。',
      '一是提高政治站位；二是突出工作重点；三是加强组织领导。这三点，请大家认真抓好落实。',
      '一、提高政治站位，进一步把主题教育引向深入',
      '习近平总书记对主题教育始终高度重视。',
      '二、突出工作重点，进一步把重点措施贯穿始终',
      '一是理论学习要真学实悟、入脑入心。要聚焦“关键少数”。',
      '二是调查研究要真调实研、拿出实招。要持续推动调研走深走实。',
    );
    expect(shape(s)).toEqual(['1:一、', '1:二、', '2:一是', '2:二是']);
    expect(s.outline.some((o) => o.block <= 2)).toBe(false);
  });
  it('an agenda (一是请…，二是由我作工作总结) is text, in a speech whose points are 一是 too', () => {
    const s = ingest(
      '同志们：',
      '今天的会议主要有两项议程：一是请市委组织部负责同志通报全市主题教育开展情况，二是由我作工作总结。',
      '一是请各督导组组长逐一汇报督导情况，二是由我作工作总结。',
      '下面，我先讲几点意见。',
      '一是理论学习要真学实悟、入脑入心。要聚焦“关键少数”。',
      '二是调查研究要真调实研、拿出实招。要持续推动调研走深走实。',
    );
    expect(s.outline.map((o) => `${o.id}:${o.marker}:${o.label}`)).toEqual([
      's1:一是:理论学习要真学实悟、入脑入心',
      's2:二是:调查研究要真调实研、拿出实招',
    ]);
  });
  it('第一，… with 第二，… 第三，… later in the same paragraph is a roadmap, not the parts that follow', () => {
    const s = ingest(
      '同志们：',
      '第一，要在巩固整改成效上下功夫；第二，要在推动整改深化上下功夫；第三，要在提高整改质量上下功夫。下面，我分别讲一讲。',
      '第一，要在巩固整改成效上下功夫',
      '两个多月来，我们把做好省委巡视反馈意见整改作为重大政治任务。',
      '第二，要在推动整改深化上下功夫',
      '集中整改阶段工作结束，并不意味着巡视整改画上了句号。',
      '第三，要在提高整改质量上下功夫',
      '巡视整改质量如何，关键是看问题是否真正得到全面彻底的解决。',
    );
    expect(s.outline.map((o) => `${o.id}:${o.block}`)).toEqual(['s1:2', 's2:4', 's3:6']);
    expect(s.blocks[1]!.kind).toBe('paragraph');
  });
  it('第一，… with 第二，… later in the paragraph and no parts after it: no outline', () => {
    const s = ingest(
      '同志们：',
      '第一，要在巩固整改成效上下功夫。两个多月来，我们把做好省委巡视反馈意见整改作为重大政治任务。第二，要在推动整改深化上下功夫。集中整改阶段工作结束，并不意味着巡视整改画上了句号。第三，要在提高整改质量上下功夫。',
      '我就讲这些，谢谢大家！',
    );
    expect(s.outline).toEqual([]);
  });
});

describe('an excerpt cut short', () => {
  it('a lone numbered heading (一、… with no 二、 before the text ends) is kept, its points under it', () => {
    const s = ingest(
      '同志们：',
      '一、提高政治站位，进一步把主题教育引向深入',
      '一是理论学习要真学实悟、入脑入心。要聚焦“关键少数”。',
      '二是调查研究要真调实研、拿出实招。要持续推动调研走深走实。',
    );
    expect(s.outline.map((o) => `${o.id} ${o.depth}:${o.marker}`)).toEqual(['s1 1:一、', 's1-1 2:一是', 's1-2 2:二是']);
    expect(s.blocks[1]!.kind).toBe('heading');
  });
});

describe('restarted numbering', () => {
  const { speech: s } = loadSeed('003_');
  it('a second 一要… list after the first one ends is a list of its own (seed 003)', () => {
    const top = s.outline.filter((o) => o.depth === 1);
    expect(top.map((o) => `${o.id}:${o.marker}`).slice(4, 11)).toEqual([
      's5:一要',
      's6:二要',
      's7:三要',
      's8:四要',
      's9:一要',
      's10:二要',
      's11:三要',
    ]);
    // The page shows three lists at the top: 一是…四是, 一要…四要, 一要…三要.
    expect(nestOutline(s.outline).map((list) => list.map((n) => n.item.marker).join(''))).toEqual([
      '一是二是三是四是',
      '一要二要三要四要',
      '一要二要三要',
    ]);
  });
  it('一要 restarted inside 二要 (在内容上，一要看氛围 / 二要看档案资料 …) nests under it; 三要 after it continues the outer list', () => {
    const inner = s.outline.filter((o) => o.depth === 2);
    expect(inner.map((o) => `${o.id}:${o.marker}`)).toEqual(['s10-1:一要', 's10-2:二要', 's10-3:三要', 's10-4:四要']);
    expect(inner[0]!.offset).toBeGreaterThan(0);
    expect(s.outline.find((o) => o.id === 's11')!.label).toBe('建立完善各项督导工作制度');
  });
});

describe.skipIf(!hasCorpus)('numbering that runs on across parts (corpus)', () => {
  it('（一）…（七） under 二、 go on as （八） （九） under 三、 (a policy text numbered through)', () => {
    const s = corpus('policy_docs_central_shandong/central_011.txt');
    if (!s) return;
    expect(s.outline.filter((o) => o.id.startsWith('s3')).map((o) => `${o.id} ${o.depth}:${o.marker}`)).toEqual([
      's3 1:三、',
      's3-1 2:（八）',
      's3-2 2:（九）',
    ]);
  });
  it("series words do not run on: 一是 二是 under （一）, then （二）'s own 一要… (2010 government work report)", () => {
    const s = corpus('wikisource_gwr_cpc_reports/gwr_2010.txt');
    if (!s) return;
    const two = s.outline.filter((o) => /^s2-[12](-|$)/.test(o.id)).map((o) => `${o.depth}:${o.marker}`);
    expect(two).toEqual(['2:（一）', '3:一是', '3:二是', '2:（二）', '3:一要', '3:二要', '3:三要', '3:四要']);
  });
});

describe('series words', () => {
  const grips = ['抓班子', '抓队伍', '抓学习', '抓调研', '抓整改', '抓制度', '抓督导', '抓宣传', '抓统筹', '抓落实'];
  const nums = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  it('一抓…十抓 is a list of ten', () => {
    const s = ingest(
      '同志们：',
      '今年以来，我们坚持抓党建促发展，具体做到了“十抓”。',
      ...grips.map((g, i) => `${nums[i]}${g}${g.slice(1)}。围绕这项任务，我们制定了具体方案，明确了责任分工。`),
      '一直以来，我们把抓落实作为工作的重点。',
    );
    expect(shape(s)).toEqual(nums.map((n) => `1:${n}抓`));
    expect(s.outline.at(-1)!.n).toBe(10);
  });
  it('a numeral and a word that do not count up (一直…, 一些…) are not a series', () => {
    const s = ingest('同志们：', '一直以来，我们把抓落实作为工作的重点。', '一些地方还存在上热中温下冷的问题。', '我就讲这些。');
    expect(s.outline).toEqual([]);
  });
});

describe('other numbering styles', () => {
  it('第一部分 / 其一， / 一. / 1） are levels too', () => {
    const s = ingest(
      '在全市组织工作会议上的讲话',
      '同志们：',
      '今天召开全市组织工作会议，我讲两个部分。',
      '第一部分 过去一年的工作',
      '一.抓好理论学习',
      '其一，坚持读原著学原文。要把学习贯穿始终。',
      '其二，坚持学用结合。要在学懂弄通做实上下功夫。',
      '二.抓好调查研究',
      '1）聚焦重点问题开展调研。',
      '2）形成调研成果转化清单。',
      '第二部分 今年的任务',
    );
    expect(shape(s)).toEqual(['1:第一部分', '2:一.', '3:其一', '3:其二', '2:二.', '3:1）', '3:2）', '1:第二部分']);
    expect(s.outline[0]!.label).toBe('过去一年的工作');
  });
});

describe('glued headings', () => {
  it('（一）加强理论学习 各地要… (a heading glued to its paragraph by a space) is split off; 1.…在 3 所 is not', () => {
    const s = ingest(
      '在全市工作会议上的讲话',
      '同志们：',
      '今天召开会议。',
      '一、提高站位',
      '（一）加强理论学习 各地要把学习放在首位，持续深入推进。',
      '（二）加强调查研究 要深入基层一线。',
      '1.每个项目联合申报的核心单位一般在 3 所左右。',
      '2.参与单位数量不限。',
      '二、狠抓落实',
    );
    expect(s.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、提高站位',
      '（一）加强理论学习',
      '（二）加强调查研究',
      '二、狠抓落实',
    ]);
    expect(s.blocks.some((b) => b.text === '1.每个项目联合申报的核心单位一般在 3 所左右。')).toBe(true);
    expect(shape(s)).toEqual(['1:一、', '2:（一）', '2:（二）', '3:1.', '3:2.', '1:二、']);
  });
});

describe('一、 followed by a space (PDF text)', () => {
  it('is a heading with its text, never an empty heading', () => {
    const s = ingest('同志们：', '一、 回望过去五年的工作', '过去五年，我们做了很多工作。', '二、 今后的主要任务', '今后要做好以下工作。');
    expect(s.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、 回望过去五年的工作', '二、 今后的主要任务']);
    expect(s.outline.map((o) => `${o.marker}${o.label}`)).toEqual(['一、回望过去五年的工作', '二、今后的主要任务']);
  });
  it.skipIf(!hasCorpus)('the 2008 government work report: 一、 过去五年工作回顾 keeps its text', () => {
    const s = corpus('wikisource_gwr_cpc_reports/gwr_2008.txt');
    if (!s) return;
    expect(s.outline[0]).toMatchObject({ id: 's1', depth: 1, marker: '一、', label: '过去五年工作回顾' });
    expect(s.blocks.some((b) => b.text === '一、')).toBe(false);
  });
});

describe('anchors of the seeds', () => {
  it('keep s1, s2-1 … where the structure is the same as before', () => {
    expect(loadSeed('000_').speech.outline.map((o) => o.id)).toEqual([
      's1',
      's2',
      's2-1',
      's2-2',
      's2-3',
      's2-4',
      's3',
      's3-1',
      's3-2',
      's3-3',
    ]);
    expect(loadSeed('004_').speech.outline.map((o) => o.id)).toEqual([
      's1',
      's1-1',
      's1-2',
      's1-3',
      's2',
      's2-1',
      's2-2',
      's2-3',
      's3',
      's3-1',
    ]);
  });
});

/** The speech body as HTML, through the same mdast → hast steps the page uses (without concept links). */
async function bodyHtml(s: Speech): Promise<string> {
  const p = unified().use(remarkRehype).use(rehypeStringify);
  return p.stringify(await p.run(speechToMdast(s)));
}

describe('anchors on the page', () => {
  it('every outline item has its anchor in the body, once (seeds)', async () => {
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      const { speech: s } = loadSeed(prefix);
      const out = await bodyHtml(s);
      for (const o of s.outline) expect(out.match(new RegExp(`id="${o.id}"`, 'g')), `${prefix} ${o.id}`).toHaveLength(1);
    }
  });
  it('a heading one level down is an h3 with its id; a lead-in first item wraps its marker mid-paragraph', async () => {
    const s = ingest(
      '同志们：',
      '一、总体要求',
      '坚持稳中求进工作总基调。',
      '二、重点任务',
      '（一）深化改革',
      '在改革方面，一是推进国资国企改革。',
      '二是优化营商环境。',
      '（二）扩大开放',
      '三、保障措施',
    );
    expect(shape(s)).toEqual(['1:一、', '1:二、', '2:（一）', '3:一是', '3:二是', '2:（二）', '1:三、']);
    const out = await bodyHtml(s);
    expect(out).toContain('<h2 id="s1">一、总体要求</h2>');
    expect(out).toContain('<h3 id="s2-1">（一）深化改革</h3>');
    expect(out).toContain('<p id="p3">在改革方面，<strong id="s2-1-1" class="point">一是</strong>推进国资国企改革。</p>');
    // The outline as the page nests it: 二、 holds （一） and （二）; （一） holds 一是 and 二是.
    const [top] = nestOutline(s.outline);
    expect(top!.map((n) => n.item.marker)).toEqual(['一、', '二、', '三、']);
    expect(top![1]!.lists[0]!.map((n) => n.item.marker)).toEqual(['（一）', '（二）']);
    expect(top![1]!.lists[0]![0]!.lists[0]!.map((n) => n.item.id)).toEqual(['s2-1-1', 's2-1-2']);
  });
});
