// Body, speaker and page furniture (issue 12, session 7): PDF page numbers printed between
// decorations; the speaker from a byline inside the body's opening or a news report's lead; a
// page's metadata table copied as tab-separated cells; a news report above the full text it
// announces; chrome after the last paragraph (a rule line, comments, credits); a .txt typed one
// sentence a line. The text here is written for the tests (no seed or corpus text); each test
// failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/lib/ingest/byline.ts';
import { isMetaTableRow } from '../../src/lib/ingest/chrome.ts';
import { isPageNumberLine } from '../../src/lib/ingest/line-features.ts';
import { bylineAtOpening, reportLeadSpeaker } from '../../src/lib/ingest/speaker-evidence.ts';
import { COUNTY_BLOCK, COUNTY_SPEECH, COUNTY_TITLE, ingestWithRaw, lostSentences } from './fixtures/ingest-helpers.ts';

const TITLE = COUNTY_TITLE;
const SPEECH = COUNTY_SPEECH;
const BLOCK = COUNTY_BLOCK;

describe('PDF page numbers between decorations', () => {
  it('a number between middle dots is a page number; a list item or a sentence is not', () => {
    for (const t of ['· 3 ·', '·12·', '• 4 •', '・5・', '- 6 -']) expect(isPageNumberLine(t), t).toBe(true);
    for (const t of ['3', '1．如何理解', '·要点·', '2024']) expect(isPageNumberLine(t), t).toBe(false);
  });
  it('the page numbers and the running head beside them go; the sentences they cut are whole', () => {
    const wrap = (t: string): string[] => t.match(/.{1,22}/gu) ?? [];
    const body = SPEECH.flatMap(wrap);
    const lines: string[] = [];
    body.forEach((l, i) => {
      lines.push(l);
      if (i % 3 === 1) lines.push(`· ${Math.floor(i / 3) + 1} ·`, '', '秋冬种工作会议材料（三）');
    });
    const { raw, s } = ingestWithRaw([...BLOCK, ...lines]);
    expect(s.removed.filter((r) => r.reason === 'page-number').length).toBeGreaterThanOrEqual(3);
    expect(s.removed.filter((r) => r.reason === 'running-header').length).toBeGreaterThanOrEqual(2);
    expect(lostSentences(raw, s)).toEqual([]);
    expect(s.blocks.map((b) => b.text)).toEqual(['同志们：', ...SPEECH]);
  });
});

const speakerNote = (s: { notes: { field: string; reason?: string }[] }): string | undefined =>
  s.notes.find((n) => n.field === 'speaker')?.reason;

describe('the speaker from a byline where bylines stand, the title block not taken as the header', () => {
  it('a name right above the salutation, with a dateline between', () => {
    const found = bylineAtOpening(['谢邀，先把原文贴上，我的理解放在最后。', TITLE, '（2023年11月6日）', '张明', '同志们：', SPEECH[0]!]);
    expect(found?.name).toBe('张明');
    expect(found?.reason).toMatch(/salutation/);
  });
  it("a transcript's turn (name, colon, salutation); the host's label is no name", () => {
    const found = bylineAtOpening(['时间：2023年11月6日上午', '主持人：同志们！现在开会。', '张明：同志们，朋友们：', SPEECH[0]!]);
    expect(found?.name).toBe('张明');
  });
  it('a name under a title-shaped line and above the first paragraph', () => {
    expect(bylineAtOpening(['全县召开秋冬种工作会议', TITLE, '张明', SPEECH[0]!])?.name).toBe('张明');
  });
  it('not a short heading, a name in the middle of the text, or a name with no title or salutation beside it', () => {
    expect(bylineAtOpening(['总体要求', '同志们：', SPEECH[0]!])).toBeNull();
    expect(bylineAtOpening([SPEECH[0]!, '张明', SPEECH[1]!])).toBeNull();
    expect(bylineAtOpening([...Array(40).fill(SPEECH[0]!), TITLE, '张明', '同志们：'])).toBeNull();
  });
});

describe("the speaker of a news report: the subject of its lead's first sentence", () => {
  const REPORT = [
    '县委书记张明主持召开县委常委会会议',
    '县委书记张明11月6日上午主持召开县委常委会会议并讲话，研究部署秋冬季农业生产工作。',
    '会议指出，今年以来全县农业生产保持稳中向好的态势，各乡镇要把秋冬种作为当前的重点工作。',
  ];
  it('an office and a name, then what the speaker did (主持召开, 作出指示, 讲话)', () => {
    expect(reportLeadSpeaker(REPORT.slice(1))?.name).toBe('张明');
    expect(reportLeadSpeaker(['在全国农民丰收节到来之际，县委书记、县长李华对做好秋收工作作出重要批示，要求各地抓好落实。'])?.name).toBe(
      '李华',
    );
    const { s } = ingestWithRaw(REPORT);
    expect(s.speaker).toBe('张明');
    expect(speakerNote(s)).toMatch(/news report/);
  });
  it("not in a speech that reports someone else's instruction, nor a name in the lead's later sentences", () => {
    expect(reportLeadSpeaker(['同志们：', '近日，县委书记张明对秋冬种工作作出重要批示，我们要认真抓好落实，确保种足种好。'])).toBeNull();
    expect(reportLeadSpeaker(['今年以来全县农业生产保持稳中向好的态势，粮食播种面积稳定。县委书记张明主持召开会议。'])).toBeNull();
  });
});

describe('a headline is no byline', () => {
  it('a role does not act: the words after an office and a name that hold a verb are a headline', () => {
    expect(readByline('县委书记张明主持召开县委常委会会议')).toBeNull();
    expect(readByline('市委书记　张明')?.name).toBe('张明');
    expect(readByline('在全县工作会议上的讲话县委书记 张明')?.name).toBe('张明');
  });
});

describe("a page's metadata table copied as cells, between the title and the dateline", () => {
  it('label and value cells split by tabs; not a sentence, not cells of one kind', () => {
    expect(isMetaTableRow('索引号\t000123/2023-00088\t主题分类\t农业')).toBe(true);
    expect(isMetaTableRow('作　者\t张明\t来　源\t县农业农村局')).toBe(true);
    expect(isMetaTableRow('粮食产量\t增长百分之五。\t播种面积\t稳定')).toBe(false);
    expect(isMetaTableRow('索引号 000123 主题分类 农业')).toBe(false);
  });
  it('the rows go as page-meta; the title block heads the body', () => {
    const { s } = ingestWithRaw([
      '首页　|　机构概况　|　政务公开　|　通知公告',
      '当前位置：首页 > 政务公开 > 领导讲话',
      TITLE,
      '索引号\t000123/2023-00088\t主题分类\t农业',
      '发布机构\t县农业农村局\t成文日期\t2023-11-08',
      '【字体：大　中　小】　　【打印本页】　　【关闭窗口】',
      ...BLOCK,
      ...SPEECH,
    ]);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张明');
    expect(s.removed.filter((r) => r.reason === 'page-meta').map((r) => r.line)).toEqual([4, 5]);
    expect(s.blocks[0]!.text).toBe('同志们：');
  });
});

describe('a news report above the full text it announces', () => {
  const REPORT = [
    '全县秋冬季农业生产工作会议召开 张明出席并讲话',
    '本报讯　11月6日，全县秋冬季农业生产工作会议在县城召开，会议总结今年以来农业生产工作，安排部署秋冬种任务。',
    '会上，各乡镇主要负责同志作了交流发言，与会人员还观看了农业生产专题片。会议要求，各地要抓紧抓实秋冬种各项工作。',
    '会议还对做好冬季森林防火、安全生产等工作提出了要求，县直有关部门负责同志参加会议。',
    '会议期间，与会人员还参观了县现代农业产业园，听取了园区建设情况介绍，大家纷纷表示很受启发。',
    '以下为讲话全文：',
  ];
  it('the report goes (report-above-text, reported line by line); the title block heads the body', () => {
    const { raw, s } = ingestWithRaw([...REPORT, ...BLOCK, ...SPEECH]);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2023-11-06');
    expect(s.blocks.map((b) => b.text)).toEqual(['同志们：', ...SPEECH]);
    expect(s.removed.filter((r) => r.reason === 'report-above-text').map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(s.removed.filter((r) => r.line <= 6).map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('not without the announcing line: a report of five paragraphs is then not a lead', () => {
    const { s } = ingestWithRaw([...REPORT.slice(0, -1), ...BLOCK, ...SPEECH]);
    expect(s.removed.some((r) => r.reason === 'report-above-text')).toBe(false);
  });
});

describe("after the speech's last paragraph", () => {
  const PAGE = ['首页　|　新闻　|　评论　|　图片', TITLE, ...BLOCK.slice(1)];
  it('a rule line with a signature and a notice after it: the rule and what follows go (after-rule)', () => {
    const { raw, s } = ingestWithRaw([
      ...PAGE,
      ...SPEECH,
      '--',
      '县农业农村局办公室　联系人：李华　电话：0571-8888123',
      '本邮件可能含有内部信息，如您不是指定收件人，请立即删除。',
    ]);
    expect(s.blocks.at(-1)!.text).toBe(SPEECH.at(-1));
    expect(s.removed.filter((r) => r.reason === 'after-rule').map((r) => r.line)).toEqual([10, 12]);
    expect(s.removed.some((r) => r.line === 11)).toBe(true);
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it("not footnotes under a rule line, nor a rule line with only the speech's sentences after it", () => {
    const notes = ingestWithRaw([...PAGE, ...SPEECH, '————————', '①见《农业农村部关于做好秋冬种工作的通知》。']).s;
    expect(notes.removed.some((r) => r.reason === 'after-rule')).toBe(false);
    const speech = ingestWithRaw([...PAGE, SPEECH[0]!, SPEECH[1]!, '————————', SPEECH[2]!, SPEECH[3]!]).s;
    expect(speech.removed.some((r) => r.reason === 'after-rule')).toBe(false);
  });
  it("a comment section's head: the comments under it go, sentences and all", () => {
    const { s } = ingestWithRaw([
      ...PAGE,
      ...SPEECH,
      '【打印本页】　【关闭窗口】',
      '写留言',
      '田野的风　　浙江　　11月7日',
      '讲得实在，我们村今年的秋冬种已经全面铺开了。',
      '赞 326',
    ]);
    expect(s.blocks.at(-1)!.text).toBe(SPEECH.at(-1));
    expect(s.removed.filter((r) => r.reason === 'comment').length).toBeGreaterThanOrEqual(3);
  });
  it('a note on how the copy was made and a credit with its date, as the last lines', () => {
    const { s } = ingestWithRaw([...BLOCK, ...SPEECH, '——根据会议录音录入，个别文字有调整。', '录入：综合办　2023.11.8']);
    expect(s.blocks.at(-1)!.text).toBe(SPEECH.at(-1));
    expect(s.removed.map((r) => r.reason)).toEqual(['source-notice', 'page-tail']);
  });
});

describe('a .txt typed one sentence a line, its paragraphs the blocks between blank lines', () => {
  const sentences = (p: string): string[] => p.match(/[^。！？]+[。！？]/gu) ?? [];
  const typed = (paras: readonly string[]): string[] => paras.flatMap((p, k) => [...(k ? [''] : []), ...sentences(p)]);
  const PARAS = [
    '今年以来，全县上下认真落实各项部署。农业生产保持稳中向好的态势。粮食播种面积稳定。',
    '同时也要看到，部分乡镇基础设施仍然薄弱。农技服务跟不上。一些地方抓落实的办法还不多。',
    '下一步，各乡镇要把秋冬种作为重点工作。要层层压实责任。要确保种足种好。',
    '一、抓好秋冬种。各地要抓住当前有利时机。',
    '同志们，农时不等人。让我们振奋精神，真抓实干！',
  ];
  it('the lines of each block are joined into its paragraph (join-sentence-lines); a heading line is not joined onto', () => {
    const { raw, s } = ingestWithRaw([...BLOCK.slice(0, 3), '', '同志们：', '', ...typed(PARAS)]);
    expect(s.blocks.map((b) => b.text)).toEqual([
      '同志们：',
      PARAS[0],
      PARAS[1],
      PARAS[2],
      '一、抓好秋冬种。各地要抓住当前有利时机。',
      PARAS[4],
    ]);
    expect(s.repairs.filter((r) => r.kind === 'join-sentence-lines').length).toBe(5);
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('not a text of one paragraph a line (several sentences on a line), blank lines between some', () => {
    const { s } = ingestWithRaw([...BLOCK, SPEECH[0]!, SPEECH[1]!, '', SPEECH[2]!, SPEECH[3]!, '', ...PARAS]);
    expect(s.repairs.some((r) => r.kind === 'join-sentence-lines')).toBe(false);
    expect(s.blocks.length).toBe(1 + SPEECH.length + PARAS.length);
  });
});
