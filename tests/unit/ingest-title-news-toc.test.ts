// Titles (issue 12, session 7): the header's title from the shapes real pages give it, and the
// title an editor gives a text with no title line (from the occasion its opening names or the
// name the document gives itself), never an invented one. The text here is written for the
// tests (no seed or corpus text).
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/lib/ingest/header.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { reportHeadline } from '../../src/lib/ingest/news-lead.ts';
import { occasionInOpening } from '../../src/lib/ingest/self-title.ts';
import { REPORT_HEADLINE, attendanceLine, deckLine, headlineDeck } from '../../src/lib/ingest/title-shape.ts';
import { findToc, isTocEntry } from '../../src/lib/ingest/toc.ts';
import { traced } from '../../src/lib/ingest/traced.ts';
import { lostSentences } from './fixtures/ingest-helpers.ts';

const pieces = (lines: readonly string[]) => lines.map((t, i) => traced(t, i + 1));

describe('one table-of-contents entry shape (toc.ts)', () => {
  it('an entry: words, then dot leaders or a wide gap before a page number', () => {
    for (const t of ['二、压实责任……………………3', '一、总体思路.........12', '三、开辟新局面　　15', '附件\t21'])
      expect(isTocEntry(t), t).toBe(true);
    for (const t of ['二、压实责任，确保种足种好', '3', '……5', '2023年12月']) expect(isTocEntry(t), t).toBe(false);
  });
  it("a line over a heading's length is no entry above a title, but findToc still reads it in a table", () => {
    const long = `${'推进'.repeat(45)}……7`;
    expect(isTocEntry(long)).toBe(false);
    expect(isTocEntry(long, Infinity)).toBe(true);
    expect(findToc(['目录', long, '二、压实责任……………………9', '正文标题'], 4)).toEqual({ head: 0, end: 3 });
  });
});

describe("a news lead taken out above the title block is the header's lead (readHeader leadAbove)", () => {
  const block = [
    '在全县秋冬季农业生产工作会议上的讲话',
    '（2024年10月9日）',
    '同志们：',
    '今天，我们召开全县秋冬季农业生产工作会议，安排部署当前工作。',
  ];
  it('given by the caller when the header finds none', () => {
    const lead = { text: '10月9日，全县秋冬季农业生产工作会议召开。', line: 1 };
    const h = readHeader(pieces(block), undefined, new Set(), lead);
    expect(h.lead).toEqual(lead);
    expect(h.title?.text).toBe(block[0]);
  });
  it('none given, none found', () => {
    expect(readHeader(pieces(block)).lead).toBeNull();
  });
});

const LEAD =
  '　　中共中央总书记、国家主席张明华3月5日上午主持召开全国水利改革工作会议并发表重要讲话。他强调，要把水利改革摆在更加突出的位置，统筹推进节水、治水、管水各项工作。';
const REPORT = [
  '　　会议审议通过了《全国水利改革工作要点》，研究部署了近期工作。',
  '　　张明华指出，各地区各部门要压实责任，抓好落实，确保各项任务落到实处。',
];

describe("a news page's report headline: kicker, deck and attendance line (title-shape.ts headlineDeck)", () => {
  const page = (head: readonly string[], copy = '张明华：统筹推进节水治水管水 奋力开创水利改革新局面_某某网', nav = ['首页', '时政']) =>
    [copy, ...nav, '', ...head, LEAD, ...REPORT].join('\n');
  it("the kicker is the title, its deck the subtitle, the attendance line the headline's; the page title copy of the deck goes", () => {
    const s = ingestText(
      page(['张明华主持召开全国水利改革工作会议强调', '统筹推进节水治水管水', '奋力开创水利改革新局面', '李强王刚出席']),
      'x.txt',
    );
    expect(s.title).toBe('张明华主持召开全国水利改革工作会议强调');
    expect(s.header?.filter((h) => h.role === 'subtitle').map((h) => h.text)).toEqual([
      '统筹推进节水治水管水 奋力开创水利改革新局面',
      '李强王刚出席',
    ]);
    expect(s.speaker).toBe('张明华');
    expect(s.blocks[0]?.text).toMatch(/^中共中央总书记/u);
    expect(lostSentences(page([]), s)).toEqual([]);
  });
  it('an instruction headline over its deck (`…作出重要指示` / `强调…`)', () => {
    const s = ingestText(
      page(
        ['张明华对水利改革工作作出重要指示', '强调要统筹推进节水治水管水', '李强作出批示'],
        '张明华：强调要统筹推进节水治水管水_某某网',
        [],
      ),
      'x.txt',
    );
    expect(s.title).toBe('张明华对水利改革工作作出重要指示');
    expect(s.blocks[0]?.text).toMatch(/^中共中央总书记/u);
  });
  it('the shapes: a deck line is no sentence and no kicker; an attendance line names people and what they did', () => {
    expect(REPORT_HEADLINE.test('张明华主持召开全国水利改革工作会议强调')).toBe(true);
    expect(REPORT_HEADLINE.test('全国水利改革工作会议强调')).toBe(false);
    expect(deckLine('统筹推进节水治水管水')).toBe(true);
    expect(deckLine('会议强调，要统筹推进节水治水管水')).toBe(false);
    expect(attendanceLine('李强王刚出席会议 赵伟主持会议')).toBe(true);
    expect(attendanceLine('统筹推进节水治水管水')).toBe(false);
    expect(headlineDeck(['全国水利改革工作会议召开', '统筹推进节水治水管水'], 0)).toBeNull();
  });
});

describe('the first line of a hard-wrapped paragraph is no title (pickTitleIndex)', () => {
  it('a document title over a table of contents and a PDF-wrapped opening', () => {
    const raw = [
      '全市数字乡村发展规划',
      '目 录',
      '一、发展基础..........................1',
      '二、总体要求..........................3',
      '三、重点任务..........................5',
      '数字乡村是乡村振兴的战略方向，其建设水平直接关',
      '系农业农村现代化进程。为加快推进数字乡村建设，',
      '根据有关部署，结合我市实际，编制本规划。',
      '一、发展基础',
      '近年来，全市数字基础设施加快向农村延伸，农村网络覆盖持续提升。',
    ].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(s.title).toBe('全市数字乡村发展规划');
    expect(s.untitled).toBeUndefined();
  });
});

describe('an occasion the opening names in other words (self-title.ts occasionInOpening)', () => {
  const untitled = (opening: string) =>
    ingestText([opening, '我们要坚持开放合作，携手应对共同挑战，推动各项合作不断取得新成果。', '谢谢大家！'].join('\n'), 'x.txt');
  it('the meeting the speaker is glad to attend', () => {
    const s = untitled('尊敬的主席先生，各位同事：很高兴出席今天的东亚水资源合作论坛。水是生命之源，合作是发展之道。');
    expect(s.title).toBe('在东亚水资源合作论坛上的讲话');
    expect(s.notes.find((n) => n.field === 'title')?.reason).toMatch(/很高兴出席/u);
  });
  it('the people asked to discuss: 在<group>座谈会上的讲话', () => {
    const s = untitled('大家好！这次来调研，请一些青年科技工作者来座谈，主要是想听听大家的意见和建议。');
    expect(s.title).toBe('在青年科技工作者座谈会上的讲话');
  });
  it('no meeting named: a bare 这次峰会, 请大家来座谈, 我们隆重集会，纪念… stay untitled', () => {
    for (const o of [
      '各位同事：很高兴出席这次峰会。水是生命之源，合作是发展之道。',
      '同志们：今天请大家来座谈，主要是想听听大家的意见和建议。',
      '同志们：今天，我们在这里隆重集会，纪念全市水利建设五十周年。',
    ]) {
      const s = untitled(o);
      expect(s.untitled, o).toBe(true);
      expect(occasionInOpening(o), o).toBeNull();
    }
  });
});

describe('a one-line copy cut at its indents: title, name and salutation glued (header.ts)', () => {
  it('`关于《…》的说明张明华同志们：` is the title, the byline and the text', () => {
    const raw =
      '　　新华社北京3月2日电关于《全市水利改革实施方案》的说明张明华同志们：　　受市委委托，我就《全市水利改革实施方案》起草的有关情况作说明。　　一、起草过程　　今年年初，市委决定成立起草组，由我担任组长。';
    const s = ingestText(raw, 'x.txt');
    expect(s.title).toBe('关于《全市水利改革实施方案》的说明');
    expect(s.speaker).toBe('张明华');
    expect(s.blocks[0]?.text).toBe('同志们：');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('no name before the salutation: nothing is cut', () => {
    const s = ingestText('关于《全市水利改革实施方案》的说明同志们：　　受市委委托，我就方案起草的有关情况作说明。', 'x.txt');
    expect(s.speaker).toBeNull();
  });
});

describe('a news report with no title line: the headline its lead gives (news-lead.ts reportHeadline)', () => {
  it('<office><name>对…作出重要指示 in the first sentence, the name again after it', () => {
    const text =
      '在全国节水日到来之际，中共中央总书记、国家主席张明华对节水工作作出重要指示强调，节约用水是一项长期任务。张明华指出，各地区各部门要压实责任。';
    expect(reportHeadline(text)).toEqual({
      title: '张明华对节水工作作出重要指示',
      index: text.indexOf('中共中央总书记、国家主席') + '中共中央总书记、国家'.length,
    });
    const s = ingestText(text, 'x.txt');
    expect(s.title).toBe('张明华对节水工作作出重要指示');
    expect(s.notes.find((n) => n.field === 'title')?.reason).toMatch(/news report/u);
  });
  it('<office><name>主持召开<meeting>', () => {
    expect(reportHeadline('国务院总理李明4日主持召开国务院常务会议，部署水利工作。李明指出，要抓好落实。')?.title).toBe(
      '李明主持召开国务院常务会议',
    );
  });
  it('not when the text does not go on about the subject (no name after the lead), nor in a later sentence', () => {
    expect(reportHeadline('中共中央总书记、国家主席张明华对节水工作作出重要指示。各地区各部门要压实责任。')).toBeNull();
    expect(reportHeadline('同志们：今天开会。总书记张明华对节水工作作出重要指示，张明华强调要落实。')).toBeNull();
  });
});

describe('a news report printed before the speech in full (chrome.ts: report-above-text)', () => {
  const report = [
    '全市水利工作会议召开 张明华发表重要讲话',
    '本报讯　3月5日上午，全市水利工作会议在市行政中心召开。市委书记张明华出席会议并发表重要讲话。',
    '张明华在讲话中回顾了过去一年的水利工作，强调要统筹推进节水、治水、管水各项工作。',
  ];
  const speech = [
    '在全市水利工作会议上的讲话',
    '（2025年3月5日）',
    '张明华',
    '同志们：',
    '今天，我们召开全市水利工作会议，主要任务是总结去年工作，部署今年任务。',
    '一年来，全市水利工作取得了新的成效，防汛抗旱能力明显提升。',
  ];
  it("the speech's own title block heads it; the report and its headline above are reported, not the title", () => {
    const raw = [...report, '以下为讲话全文：', ...speech].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(s.title).toBe('在全市水利工作会议上的讲话');
    expect(s.speaker).toBe('张明华');
    expect(s.blocks[0]?.text).toBe('同志们：');
    // The report's sentences, its headline and the announcing line, each reported.
    expect(s.removed.map((r) => r.reason)).toEqual(['above-title', 'report-above-text', 'report-above-text', 'above-title']);
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it("no announcement: the page's headline stays its title", () => {
    const s = ingestText([...report, ...speech.slice(3)].join('\n'), 'x.txt');
    expect(s.removed.some((r) => r.reason === 'report-above-text')).toBe(false);
  });
});

describe("a meeting's record (文字实录): the title an editor gives the speech in it (metadata.ts recordTitle)", () => {
  const record = (head: string) =>
    [
      head,
      '时间：2025年1月20日上午',
      '主持人：同志们！今天，市政协在这里举行新春座谈会。下面，请张明华同志讲话，大家欢迎！',
      '张明华：同志们，朋友们：',
      '今天，我们在这里欢聚一堂，共迎新春。我代表市委，向大家致以新春的美好祝福！',
      '一年来，全市经济运行总体平稳，各项事业取得新进展。',
    ].join('\n');
  it('`<meeting>文字实录` → 在<meeting>上的讲话, the record line as evidence', () => {
    const s = ingestText(record('市政协2025年新春座谈会文字实录'), 'x.txt');
    expect(s.title).toBe('在市政协2025年新春座谈会上的讲话');
    expect(s.notes.find((n) => n.field === 'title')?.evidence).toBe('市政协2025年新春座谈会文字实录');
  });
  it('no meeting named whole before 实录: no title made from it', () => {
    const s = ingestText(record('会议文字实录'), 'x.txt');
    expect(s.title).not.toMatch(/^在会议上/u);
  });
});
