// Where the body starts (issue 12, session 6): what stands above a title block that heads the
// body (a Word style dump, a forwarded e-mail, a table of contents, a banner), links back to the
// contents inside the body, PDF footers that print a name with the page number, a metadata label
// with no value. The text here is written for the tests (no seed or corpus text); each test
// failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { backAnchors, numberedFooters } from '../../src/lib/ingest/chrome.ts';
import { isMarkupLine, labelPairs, pageMetaStrength } from '../../src/lib/ingest/line-features.ts';
import { isTocEntry } from '../../src/lib/ingest/toc.ts';
import { COUNTY_BLOCK, COUNTY_SPEECH, COUNTY_TITLE, ingestWithRaw, lostSentences, reasonOf } from './fixtures/ingest-helpers.ts';

const TITLE = COUNTY_TITLE;
const SPEECH = COUNTY_SPEECH;
const BLOCK = COUNTY_BLOCK;
const ingest = ingestWithRaw;

describe('above a title block that heads the body', () => {
  it("a Word page's style dump (conditional comments, XML settings, CSS) is removed; the header is taken", () => {
    const { raw, s } = ingest([
      '<!--[if gte mso 9]><xml>',
      ' <w:WordDocument>',
      '  <w:View>Normal</w:View>',
      '  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>',
      ' </w:WordDocument>',
      '</xml><![endif]-->',
      '<style>',
      ' p.MsoNormal, li.MsoNormal',
      '\t{mso-style-parent:"";',
      '\tfont-family:"Times New Roman";',
      '\tmso-fareast-font-family:宋体;}',
      '</style>',
      ...BLOCK,
      ...SPEECH,
    ]);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张明');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(reasonOf(s, 'mso-fareast-font-family')).toBe('markup');
    expect(reasonOf(s, '<w:View>')).toBe('markup');
    expect(lostSentences(raw, s)).toEqual([]);
  });

  it("a forwarded e-mail's headers and the forwarder's note, signature and date are removed; the speech's dateline dates it", () => {
    const { raw, s } = ingest([
      '-----Original Message-----',
      'From: 县委办公室 [mailto:xwb@example.gov.cn]',
      'Sent: 2024年3月2日 星期六 9:15',
      'To: 各乡镇党委 <xz@example.gov.cn>',
      'Subject: FW: 学习材料',
      '各乡镇：',
      '现将张明同志的讲话转发给你们，请认真组织学习。',
      '县委办公室',
      '2024年3月2日',
      ...BLOCK,
      ...SPEECH,
    ]);
    expect(s.title).toBe(TITLE);
    expect(s.date).toBe('2023-11-06');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(reasonOf(s, '现将张明同志的讲话')).toBe('above-title');
    expect(reasonOf(s, '2024年3月2日')).toBeDefined();
    expect(lostSentences(raw, s)).toEqual([]);
  });

  it('more than a few sentences above are a text of their own: they stay', () => {
    const short = [
      '会议开得很好，大家都很满意。',
      '会上有五位同志作了发言。',
      '发言都很有针对性和启发性。',
      '希望大家会后认真抓好落实。',
      '下面我再讲几点具体意见。',
    ];
    const { s } = ingest([...short, '首页 | 新闻 | 政务 | 民生', '当前位置：首页 > 讲话', ...BLOCK, ...SPEECH, ...SPEECH]);
    expect(s.removed.filter((r) => r.reason === 'above-title')).toEqual([]);
    expect(s.blocks[0]!.text).toBe(short[0]);
    expect(reasonOf(s, '首页 | 新闻')).toBe('menu');
  });

  it('a table of contents and a headline copy above are removed; the title block under them gives title and speaker', () => {
    const { s } = ingest([`${TITLE}（全文）`, '目　录', '一、认清形势……………………1', '二、压实责任……………………3', ...BLOCK, ...SPEECH]);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张明');
    expect(reasonOf(s, '一、认清形势')).toBe('table-of-contents');
    expect(reasonOf(s, '（全文）')).toBe('duplicate-title');
    expect(s.blocks[0]!.text).toBe('同志们：');
  });

  it('a title block that heads the body is the title over a higher-scoring headline above it that heads nothing', () => {
    const { s } = ingest([
      `县委书记${TITLE}（全文）`,
      '目　录',
      '一、认清形势……………………1',
      '二、压实责任……………………3',
      '县委书记讲话',
      '（2023年11月6日）',
      '张明',
      '同志们：',
      ...SPEECH,
    ]);
    expect(s.title).toBe('县委书记讲话');
    expect(s.speaker).toBe('张明');
    expect(s.blocks[0]!.text).toBe('同志们：');
  });

  it('a lead above a strong title that no headline copies still dates the speech', () => {
    const { s } = ingest([
      '县委书记张明出席会议并讲话',
      '2023-11-08 09:30　来源：清河日报',
      '11月6日，全县秋冬季农业生产工作会议召开。县委书记张明出席会议并讲话。',
      TITLE,
      '张明',
      '同志们：',
      ...SPEECH,
    ]);
    expect(reasonOf(s, '11月6日，全县')).toBe('lead-above-title');
    expect(s.title).toBe(TITLE);
    expect(s.date).toBe('2023-11-06');
  });

  it("a document's bracketed note above a strong title directly over the body is the document's", () => {
    const { s } = ingest(['（此件不公开）', TITLE, '同志们：', ...SPEECH]);
    expect(reasonOf(s, '此件不公开')).toBe('pre-title');
    expect(s.title).toBe(TITLE);
    expect(s.blocks[0]!.text).toBe('同志们：');
  });

  it('a two-part title with blank lines between its parts stays one title; the body starts after the header', () => {
    const { s } = ingest([
      '压实责任抓落实',
      '',
      '',
      '',
      '',
      '确保种足种好',
      '',
      `——${TITLE}`,
      '',
      '（2023年11月6日）',
      '',
      '张明',
      '',
      '同志们：',
      ...SPEECH,
    ]);
    expect(s.title).toBe('压实责任抓落实 确保种足种好');
    expect(s.blocks[0]!.text).toBe('同志们：');
  });

  it("a news lead above the title block is removed as a lead, still the header's evidence for the day", () => {
    const { s } = ingest([
      `张明：${TITLE}`,
      '2023-11-08 09:30　来源：清河日报',
      '11月6日，全县秋冬季农业生产工作会议召开。县委书记张明出席会议并讲话。',
      '压实责任抓落实　确保种足种好',
      `——${TITLE}`,
      '张明',
      '同志们：',
      ...SPEECH,
    ]);
    expect(reasonOf(s, '11月6日，全县')).toBe('lead-above-title');
    expect(s.date).toBe('2023-11-06');
    expect(s.blocks[0]!.text).toBe('同志们：');
  });
});

describe('between the title block and the body', () => {
  it("a bracketed label and a photo's marked caption are the page's; the body starts after them", () => {
    const { raw, s } = ingest([TITLE, '（2023年11月6日）', '张明', '▲图为会议现场。', '【全文】', '同志们：', ...SPEECH]);
    expect(reasonOf(s, '图为会议现场')).toBe('photo-caption');
    expect(reasonOf(s, '【全文】')).toBe('page-label');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('not under a title with nothing of a header under it (the block is not known to be the header)', () => {
    const { s } = ingest([TITLE, '【全文】', '同志们：', ...SPEECH]);
    // (Not as a page label; the speech-block rule takes a tag alone before the speech's block: speech-block.ts.)
    expect(reasonOf(s, '【全文】')).not.toBe('page-label');
  });
});

describe('links back to the contents', () => {
  const part = (n: string): string[] => [`${n}、关于${n}方面的工作`, SPEECH[0]!, SPEECH[1]!, '▲返回目录'];
  it('a short line repeated after each part, before the next heading or last, is removed', () => {
    const { raw, s } = ingest([...BLOCK, SPEECH[2]!, ...part('一'), ...part('二'), ...part('三')]);
    expect(s.removed.filter((r) => r.reason === 'back-link')).toHaveLength(3);
    expect(s.blocks.some((b) => b.text.includes('返回目录'))).toBe(false);
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it("not a form's or a table's repeated cells (no paragraph ends before them)", () => {
    const texts = ['一、申报单位', '单位名称', '联系人', '二、项目负责人', '单位名称', '联系人', '三、附件'];
    expect(backAnchors(texts, 0)).toEqual([]);
  });
  it('not a line said once', () => {
    expect(backAnchors([SPEECH[0]!, '▲返回目录', '二、其他'], 0)).toEqual([]);
  });
});

describe('PDF footers that print a name with the page number', () => {
  const wrap = (t: string): string[] => t.match(/.{1,24}/gu) ?? [];
  const body = SPEECH.flatMap(wrap);
  const withFooters = (foot: (n: number) => string): string[] => {
    const out: string[] = [];
    body.forEach((l, i) => {
      out.push(l);
      if (i % 3 === 1) out.push(foot(Math.floor(i / 3) + 1), '', '秋冬种工作会议材料汇编');
    });
    return out;
  };
  it('the footer (counting up) and the running head are removed; the sentences they cut are whole', () => {
    const { raw, s } = ingest([...BLOCK, ...withFooters((n) => `清河县委党校　　${n}`)]);
    expect(s.removed.filter((r) => r.reason === 'page-number').length).toBeGreaterThanOrEqual(3);
    expect(s.removed.filter((r) => r.reason === 'running-header').length).toBeGreaterThanOrEqual(2);
    expect(lostSentences(raw, s)).toEqual([]);
    expect(s.blocks.some((b) => b.text.includes('党校'))).toBe(false);
  });
  it('not lines whose numbers do not count up (a list of items)', () => {
    const prose = '各乡镇要抓好落实，确保种足种好不误农时，';
    expect(numberedFooters([prose, '第3批名单', prose, '第7批名单', prose, '第4批名单'])).toEqual([]);
    expect(numberedFooters([prose, '第3批名单', prose, '第4批名单', prose, '第5批名单'])).toEqual([1, 3, 5]);
  });
});

describe('line shapes', () => {
  it('markup and style code, not a sentence that quotes it', () => {
    for (const t of [
      '<!--[if gte mso 9]><xml>',
      '<![endif]-->',
      '</style>',
      '\tmargin:0cm;',
      'div.Section1',
      '@page Section1',
      'Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE',
    ])
      expect(isMarkupLine(t), t).toBe(true);
    for (const t of ['同志们：', '网页中写有<br>标签的，要统一清理。', 'Home News Opinion']) expect(isMarkupLine(t), t).toBe(false);
  });
  it('a table of contents entry: dot leaders and a page number', () => {
    expect(isTocEntry('二、压实责任……………………3')).toBe(true);
    expect(isTocEntry('二、压实责任，确保种足种好')).toBe(false);
  });
  it('a label with no value is followed by the next label, not taken as its value', () => {
    expect(labelPairs('来源：新华社　　作者：　　时间：2019-02-28').map((p) => p.label)).toEqual(['来源', '作者', '时间']);
    expect(pageMetaStrength('来源：新华社　　作者：　　时间：2019-02-28')).toBe(2);
  });
});
