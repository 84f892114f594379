// Markers between paragraphs and chrome above the title block (session 10, wt-inner): shapes
// of exports, software artefacts and cues that stand between a speech's paragraphs or above
// its head. For each rule a text where it applies (what the reader sees) and a text of similar
// shape it leaves alone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, HEAD, blockTexts } from '../helpers/speech-text.ts';
import { reasonOf } from './fixtures/ingest-helpers.ts';

describe('an export’s frame around every paragraph', () => {
  const BOOK = '讲话选编（第二卷） (张明)';
  const RULE = '——————————';
  const framed = (items: string[]): string =>
    items.flatMap((t, k) => [BOOK, `- 摘录于 2024年3月10日 下午8:${10 + k}`, '', t, RULE]).join('\n');

  it('removes the repeated book line and rule, keeps every paragraph, short closing lines included', () => {
    const closing = ['现在，我提议，', '为全省组织工作再上新台阶，', '干杯！'];
    const s = ingestText(framed([...HEAD, ...SPEECH, ...closing]), 'clippings.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual([...SPEECH, ...closing]);
    expect(reasonOf(s, BOOK)).toBe('export-frame');
    expect(reasonOf(s, RULE)).toBe('export-frame');
  });

  it('removes an earlier, shorter highlight of the passage the next item holds in full', () => {
    const quote = '“春发其华，秋收其实。”';
    const s = ingestText(framed([...HEAD, SPEECH[0]!, SPEECH[1]!, quote, quote + SPEECH[2]!, SPEECH[3]!]), 'clippings2.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], SPEECH[1], quote + SPEECH[2], SPEECH[3]]);
    expect(reasonOf(s, quote)).toBe('shorter-copy');
  });

  it('keeps a table’s repeated cells: no running text between them', () => {
    const table = [
      '序号',
      '项目名称',
      '（示范应用）',
      '1',
      '智能工厂',
      '（示范应用）',
      '2',
      '数字车间',
      '（示范应用）',
      '3',
      '智慧园区',
      '（示范应用）',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...table].join('\n'), 'table.txt');
    expect(blockTexts(s).filter((t) => t === '（示范应用）').length).toBeGreaterThanOrEqual(3);
    expect(s.removed.some((r) => r.reason === 'export-frame')).toBe(false);
  });
});

describe('a program’s artefacts between paragraphs and above the head', () => {
  it('removes Word’s page fields between paragraphs and a table of contents of field codes under its head', () => {
    const raw = [
      ...HEAD,
      '目　　录',
      'TOC \\o "1-3" \\h \\z \\u',
      'HYPERLINK \\l "_Toc1001" 一、总结工作经验\tPAGEREF _Toc1001 \\h 1',
      'HYPERLINK \\l "_Toc1002" 二、部署下一阶段任务\tPAGEREF _Toc1002 \\h 4',
      SPEECH[0]!,
      SPEECH[1]!,
      '第 PAGE \\* MERGEFORMAT 2 页 共 NUMPAGES \\* MERGEFORMAT 9 页',
      SPEECH[2]!,
      SPEECH[3]!,
    ];
    const s = ingestText(raw.join('\n'), 'fields.docx.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual(SPEECH.slice(0, 4));
    expect(reasonOf(s, 'MERGEFORMAT')).toBe('field-code');
    expect(reasonOf(s, '目　　录')).toBe('toc');
  });

  it('removes a text browser’s numbered link menu and an image placeholder above the head', () => {
    const raw = ['   [1]某某网 [2]首页 | [3]新闻 | [4]时政 | [5]English', '', ...HEAD, '', '   [IMG]', '', ...SPEECH];
    const s = ingestText(raw.join('\n'), 'lynx.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(reasonOf(s, '[2]首页')).toBe('link-menu');
    expect(reasonOf(s, '[IMG]')).toBe('image-placeholder');
  });

  it('removes an editor’s image line with its caption and toolbar, keeps a sentence naming a file or a link number', () => {
    const note = '会议材料见附件[1]和附件[2]。';
    const raw = [
      ...HEAD,
      '段落 ▾　　宋体 ▾　　16px ▾　　B　I　U',
      SPEECH[0]!,
      SPEECH[1]!,
      '[图片] 20240105_meeting_01.jpg（1080×720，214KB）　居中',
      '图片说明：1月5日，全省组织工作会议在省城召开。张明出席会议并讲话。记者 李华 摄',
      SPEECH[2]!,
      note,
    ];
    const s = ingestText(raw.join('\n'), 'cms.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], SPEECH[1], SPEECH[2], note]);
    expect(reasonOf(s, '宋体')).toBe('editor-toolbar');
    expect(reasonOf(s, '图片说明')).toBe('photo-caption');
  });
});

describe('wiki markup’s quote marks', () => {
  it('removes a lone quote mark line and one glued to a heading, keeps the heading', () => {
    const heading = '——改革开放进一步深化。';
    const s = ingestText([...HEAD, SPEECH[0]!, SPEECH[1]!, "'", `${heading}'`, SPEECH[2]!].join('\n'), 'wiki.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], SPEECH[1], heading, SPEECH[2]]);
    expect(s.removed.filter((r) => r.reason === 'markup').length).toBe(2);
  });
  it('keeps an apostrophe inside Latin text', () => {
    const line = "他引用了一句话：It's never too late to learn.";
    const s = ingestText([...HEAD, SPEECH[0]!, line, SPEECH[1]!].join('\n'), 'latin.txt');
    expect(blockTexts(s)).toContain(line);
  });
});

describe('cues and tagged notes between paragraphs', () => {
  it('removes swipe cues and reading cues, keeps a bare bracketed heading', () => {
    const raw = [
      ...HEAD,
      '︽　上滑继续阅读',
      SPEECH[0]!,
      SPEECH[1]!,
      '【停顿】【翻页 → P2】',
      '【篇二】',
      SPEECH[2]!,
      '【放慢语速，停顿2秒】',
      SPEECH[3]!,
    ];
    const s = ingestText(raw.join('\n'), 'cues.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual([SPEECH[0], SPEECH[1], '【篇二】', SPEECH[2], SPEECH[3]]);
    expect(reasonOf(s, '上滑继续阅读')).toBe('cue');
    expect(reasonOf(s, '放慢语速')).toBe('cue');
    expect(reasonOf(s, '翻页')).toBeDefined();
  });

  it('removes a tag put in again and again between paragraphs (a reader’s notes, a course’s prompts)', () => {
    const note1 = '【笔记】“保持定力、一往无前”，是对全年工作的总要求。';
    const note2 = '【笔记】结合本支部实际，下周组织讨论。';
    const raw = [...HEAD, SPEECH[0]!, SPEECH[1]!, note1, SPEECH[2]!, note2, SPEECH[3]!, SPEECH[4]!];
    const s = ingestText(raw.join('\n'), 'notes.txt');
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(reasonOf(s, '结合本支部实际')).toBe('cue');
  });

  it('keeps a tag that opens one paragraph only, and long paragraphs under a repeated tag', () => {
    const case1 = `【案例】${SPEECH[1]!}${SPEECH[2]!}`;
    const case2 = `【案例】${SPEECH[3]!}${SPEECH[4]!}`;
    const s = ingestText([...HEAD, SPEECH[0]!, case1, case2, '【说明】以上情况供参考。', SPEECH[4]!].join('\n'), 'cases.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], case1, case2, '【说明】以上情况供参考。', SPEECH[4]]);
  });
});

describe('a copy’s own head ruled off above the title block', () => {
  it('removes a print line and labels above a rule over the title and byline', () => {
    const raw = [
      '【领读稿】第2稿（2024.01.05 定稿）　字号：小初',
      '用途：中心组专题学习会——领读原文',
      '领读人：×××　　计划时长：约20分钟',
      '════════════════════',
      ...HEAD,
      ...SPEECH,
    ];
    const s = ingestText(raw.join('\n'), 'reading-copy.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(s.speaker).toBe('张明');
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(reasonOf(s, '用途')).toBe('head-above-rule');
  });

  it('keeps a title ruled off from its text', () => {
    const s = ingestText([HEAD[0]!, '————————', ...SPEECH].join('\n'), 'title-rule.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
  });
});

describe('a newspaper’s jump from one page to another', () => {
  const cutAt = SPEECH[2]!.indexOf('扎实推进');
  const [first, rest] = [SPEECH[2]!.slice(0, cutAt), SPEECH[2]!.slice(cutAt)];

  it('removes the markers and the other page between the halves, and rejoins the paragraph cut mid-sentence', () => {
    const raw = [
      ...HEAD,
      SPEECH[0]!,
      SPEECH[1]!,
      `${first}（下转第三版）`,
      '全省秋粮收购进展顺利',
      '本报讯　（记者王立）截至10月底，全省累计收购秋粮120亿斤。',
      '某某日报',
      '2020年1月9日　星期四　　3',
      `（上接第二版）${rest}`,
      SPEECH[3]!,
    ];
    const s = ingestText(raw.join('\n'), 'paper.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], SPEECH[1], SPEECH[2], SPEECH[3]]);
    expect(reasonOf(s, '下转第三版')).toBe('jump-marker');
    expect(reasonOf(s, '全省秋粮收购')).toBe('other-page');
    expect(s.repairs.some((r) => r.kind === 'join-jump')).toBe(true);
  });

  it('removes a brief pointing to the full report on another page', () => {
    const brief = '本报讯　全省组织工作会议8日召开。张明出席并讲话。（详细报道见第三版）';
    const s = ingestText([brief, ...HEAD, ...SPEECH].join('\n'), 'brief.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(reasonOf(s, '详细报道见第三版')).toBe('page-reference');
  });

  it('keeps a half that ends its sentence as its own paragraph, and a carry-on with no cut before it', () => {
    const raw = [...HEAD, SPEECH[0]!, `${SPEECH[1]!}（下转第3版）`, '另一篇报道的标题', `（上接第2版）${SPEECH[2]!}`, SPEECH[3]!];
    const s = ingestText(raw.join('\n'), 'paper2.txt');
    expect(blockTexts(s)).toEqual(SPEECH.slice(0, 4));
  });
});

describe('a preview quoting the speech above its title block', () => {
  const BLOCK = ['在全省组织工作会议上的讲话', '（2020年1月8日）', '张明'];
  it('removes the lead, the quoted sentences and their labels above the title block', () => {
    const raw = [
      '【学习素材】张明在全省组织工作会议上的讲话（附金句）',
      '【导读】',
      '这篇讲话是备考“组织建设”主题的高频素材，建议通读全文。',
      '【金句】',
      '1.这些成绩来之不易，是大家共同努力的结果。',
      '2.以更加饱满的精神状态，奋力完成全年目标任务，以优异成绩迎接建党100周年！',
      '【原文】',
      ...BLOCK,
      ...SPEECH,
    ];
    const s = ingestText(raw.join('\n'), 'exam.txt');
    expect(s.title).toBe(BLOCK[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(reasonOf(s, '这些成绩来之不易')).toBe('quotes-above-title');
    expect(reasonOf(s, '建议通读全文')).toBe('quotes-above-title');
  });

  it('keeps an opening above a title block that quotes nothing of the text under it', () => {
    const intro = '编者按：新年伊始，全省组织工作会议召开，现将讲话刊发如下，供学习参考。';
    const s = ingestText([intro, ...BLOCK, ...SPEECH].join('\n'), 'intro.txt');
    expect(s.removed.some((r) => r.reason === 'quotes-above-title')).toBe(false);
  });
});

describe('a photo series’ captions between a report’s paragraphs', () => {
  const opening = '1月8日，全省组织工作会议在省城召开。省委书记张明出席会议并讲话。';
  const report = [
    '全省组织工作会议召开',
    '本报讯　全省组织工作会议8日在省城召开。省委书记张明出席会议并讲话。',
    '张明指出，一年来，各级党组织认真贯彻党中央决策部署，扎实推进各项工作，取得了明显成效。',
    `${opening}这是会议现场。`,
    '张明强调，同时也要看到，工作中还存在一些不容忽视的问题，必须认真加以解决。',
    `${opening}这是会前，张明看望与会代表。`,
    '张明要求，新的一年，任务艰巨繁重，我们要保持定力、一往无前，奋力完成全年目标任务。',
  ];
  it('removes captions that open with the day and the same sentences, keeping the day as evidence', () => {
    const s = ingestText(report.join('\n'), 'report.txt');
    expect(s.blocks.some((b) => b.text.includes('这是会议现场'))).toBe(false);
    expect(reasonOf(s, '这是会前')).toBe('caption-series');
    expect(s.blocks.some((b) => b.text.startsWith('张明强调'))).toBe(true);
  });
  it('keeps two paragraphs that open with the same day but go on differently', () => {
    const a = '1月8日，我们召开了全省组织工作会议，总结了一年来的工作。';
    const b = '1月8日，我们还听取了各市的汇报，研究了下一步的任务。';
    const s = ingestText([...HEAD, SPEECH[0]!, a, b, SPEECH[1]!].join('\n'), 'same-day.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], a, b, SPEECH[1]]);
  });
});

describe('an edit form copied with the text', () => {
  it('removes the form’s empty fields and a required field’s label, keeping the title typed into it', () => {
    const raw = [
      `*标题：${HEAD[0]!}`,
      '副标题：',
      '引题：',
      '关键词：组织工作；全省　　摘要：（不超过200字）',
      '*正文：',
      '（2020年1月8日）',
      HEAD[1]!,
      ...SPEECH,
    ];
    const s = ingestText(raw.join('\n'), 'cms-form.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(reasonOf(s, '副标题')).toBe('form-field');
  });
  it('keeps a document’s lead-in lines ending in a colon (no form’s required mark)', () => {
    const raw = [...HEAD, SPEECH[0]!, '具体包括：', SPEECH[1]!, '主要任务：', SPEECH[2]!];
    const s = ingestText(raw.join('\n'), 'lead-ins.txt');
    expect(blockTexts(s)).toEqual([SPEECH[0], '具体包括：', SPEECH[1], '主要任务：', SPEECH[2]]);
  });
});

describe('a line between two lines of a page’s navigation', () => {
  it('removes a site’s name between an archive’s toolbar and the site’s menu, keeps the title under the breadcrumb', () => {
    const raw = [
      'The Wayback Machine - https://web.archive.org/web/20200601083512/http://example.edu.cn/info/1032/4518.htm',
      'INTERNET ARCHIVE',
      'Wayback Machine',
      'http://example.edu.cn/info/1032/4518.htm\tGo',
      '14 captures',
      '19 May 2020 - 06 Feb 2023',
      'MAY\tJUN\tJUL',
      'About this capture',
      'COLLECTED BY',
      'Organization: Internet Archive',
      'TIMESTAMPS',
      '某某大学国际学生中心　International Student Center, XXU',
      '首页　　中心概况　　新闻动态　　通知公告　　招生信息　　在校生服务',
      '当前位置：首页 > 新闻动态 > 正文',
      '省委书记给某某大学全体留学生回信',
      '发布时间：2020-05-19　　来源：某某日报　　浏览次数：',
      '某某大学全体留学生：',
      ...SPEECH.slice(1),
      '中共某某省委书记　张明',
      '2020年5月17日',
    ];
    const s = ingestText(raw.join('\n'), 'archive.txt');
    expect(s.title).toBe('省委书记给某某大学全体留学生回信');
    expect(blockTexts(s)[0]).toBe('某某大学全体留学生：');
    expect(reasonOf(s, '国际学生中心')).toBe('navigation');
  });
});
