// Titles (issue 12, session 9): which line pieces may join a title as its first part, and
// what stands above a page's navigation. The text here is written for the tests (no seed or
// corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { readHeader } from '../../src/lib/ingest/header.ts';
import { titleFirstPart } from '../../src/lib/ingest/title-shape.ts';
import { traced } from '../../src/lib/ingest/traced.ts';

const ingest = (text: string): Speech => ingestText(text, 'doc_041.txt');
const TEXT = [
  '同志们：',
  '今天我们召开这次会议，主要任务是总结去年的工作，分析当前面临的形势，部署今年的重点任务。',
  '一、过去一年的工作回顾',
  '过去一年，全区上下攻坚克难、真抓实干，各项工作取得了新的进展，经济总量稳步提升，民生保障持续加强。',
  '二、今年的重点任务',
  '今年要紧紧围绕高质量发展这个首要任务，抓项目、强产业、优环境、惠民生，推动各项工作再上新台阶。',
].join('\n');
const subtitle = (s: Speech) => s.header?.find((h) => h.role === 'subtitle')?.text;

describe('what may join a title as its first part (a two-part title over a subtitle)', () => {
  it("a site's name above its menu and breadcrumb is no part of the title, and goes as the masthead", () => {
    const s = ingest(
      [
        '滨河区发展和改革局',
        '首页　　机构设置　　信息公开　　政策文件　　办事指南　　联系我们',
        '当前位置：首页 > 信息公开 > 领导讲话',
        '凝心聚力谱写新篇',
        '——在全区发展改革工作会议上的讲话',
        '（2022年3月4日）',
        '区发展和改革局局长　王建国',
        TEXT,
      ].join('\n'),
    );
    expect(s.title).toBe('凝心聚力谱写新篇');
    expect(subtitle(s)).toBe('——在全区发展改革工作会议上的讲话');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(s.removed).toContainEqual({ reason: 'masthead', text: '滨河区发展和改革局', line: 1 });
  });

  it("an app's button above the title (`+订阅`) is no part of it", () => {
    const s = ingest(
      ['+订阅', '砥砺奋进，共创未来', '——在全市青年创新创业大会上的致辞', '（2023年5月4日）', '市长　李明华', TEXT].join('\n'),
    );
    expect(s.title).toBe('砥砺奋进，共创未来');
  });

  it('a day written out (`二〇二一年六月一日印`, a print stamp) is no first part of a title', () => {
    const lines = ['二〇二一年六月一日印', '守正创新　勇毅前行', '——在全区干部教育培训工作会议上的讲话'];
    expect(titleFirstPart(lines, 1)).toBe(-1);
    expect(titleFirstPart(['六月的春风', ...lines.slice(1)], 1)).toBe(0);
  });

  it('the end of a longer line cut apart (`…编印　　学习园地`) is no first part of the title under it', () => {
    const pieces = [
      traced('中共滨河区委党校', 1),
      traced('区委党校教研室编印', 2),
      traced('学习园地', 2),
      traced('守正创新　勇毅前行', 3),
      traced('——在全区干部教育培训工作会议上的讲话', 4),
      traced('（2021年5月20日）', 5),
      ...TEXT.split('\n').map((t, i) => traced(t, 6 + i)),
    ];
    expect(readHeader(pieces).title?.text).toBe('守正创新　勇毅前行');
    const whole = [traced('学习园地', 2), ...pieces.slice(3)];
    expect(readHeader(whole).title?.text).toBe('学习园地 守正创新　勇毅前行');
  });

  it('a two-part title printed over two lines is still joined', () => {
    const s = ingest(['凝心聚力', '奋力谱写高质量发展新篇章', '——在全区经济工作会议上的讲话', '（2022年1月6日）', TEXT].join('\n'));
    expect(s.title).toBe('凝心聚力 奋力谱写高质量发展新篇章');
  });
});

describe('a bilingual head (an English line after each line of the title block)', () => {
  it('reads the Chinese title block, not the headline copy; the English lines go as latin-line', () => {
    const s = ingest(
      [
        'Speech by the Mayor at the Opening of the Riverside Expo',
        '李明华在滨河国际博览会开幕式上的致辞（全文）',
        '开放合作　共享机遇',
        'Open Cooperation for Shared Opportunities',
        '——在滨河国际博览会开幕式上的致辞',
        'Address at the Opening Ceremony of the Riverside Expo',
        '（2023年9月8日，滨河）',
        'Riverside, September 8, 2023',
        '滨河市市长　李明华',
        'Li Minghua, Mayor of Riverside',
        TEXT,
      ].join('\n'),
    );
    expect(s.title).toBe('开放合作　共享机遇');
    expect(subtitle(s)).toBe('——在滨河国际博览会开幕式上的致辞');
    expect(s.speaker).toBe('李明华');
    expect(s.date).toBe('2023-09-08');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(s.removed.filter((r) => r.reason === 'latin-line').map((r) => r.line)).toEqual([1, 4, 6, 8, 10]);
  });

  it('keeps a Latin-script line inside the speech', () => {
    const s = ingest(
      ['开放合作　共享机遇', '——在滨河国际博览会开幕式上的致辞', TEXT, 'Thank you very much for your attention.', '谢谢大家！'].join('\n'),
    );
    expect(s.blocks.map((b) => b.text)).toContain('Thank you very much for your attention.');
  });
});

describe("a column's name above a title its byline heads", () => {
  it('(`本刊专稿` over the title and a bare name) goes as column-label; the title is read', () => {
    const s = ingest(['本刊专稿', '在新的起点上推动基层治理现代化', '王建国', TEXT].join('\n'));
    expect(s.title).toBe('在新的起点上推动基层治理现代化');
    expect(s.speaker).toBe('王建国');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(s.removed).toContainEqual({ reason: 'column-label', text: '本刊专稿', line: 1 });
  });

  it('a short line that ends like a document name is no column label', () => {
    const s = ingest(
      [
        '基层治理标准体系',
        '建设指南',
        '（2022 版）',
        '2022 年11月',
        '一、总体要求',
        '为加快推进基层治理标准化建设，提升基层治理能力和水平，制定本指南。本指南适用于全区各街道和社区。',
      ].join('\n'),
    );
    expect(s.removed.some((r) => r.reason === 'column-label')).toBe(false);
  });
});

describe('a report delivered to a bare 大会 (我代表…向大会作报告) with no title line', () => {
  const tasks =
    '一、过去五年的工作\n五年来，我们坚持稳中求进，全市经济实力明显增强，人民生活持续改善。\n二、今后五年的任务\n今后五年，要坚持高质量发展，奋力推进现代化建设。';

  it('names the meeting the opening says it is (`X是一次…的大会`): 在X上的报告', () => {
    const s = ingest(
      `同志们：\n现在，我代表第五届市委向大会作报告。\n中国共产党滨河市第六次代表大会，是在全市发展关键时期召开的一次十分重要的大会。\n${tasks}`,
    );
    expect(s.title).toBe('在中国共产党滨河市第六次代表大会上的报告');
    expect(s.untitled).toBeUndefined();
  });

  it('not a meeting the opening only speaks of (`市第五次代表大会，提出了…`)', () => {
    const s = ingest(
      `同志们：\n我受第五届市委委托，向大会作报告。\n中国共产党滨河市第五次代表大会，提出了建设现代化滨河的奋斗目标。\n${tasks}`,
    );
    expect(s.untitled).toBe(true);
  });

  it("a government's report to 大会 (我代表市人民政府向大会作报告) is the government work report", () => {
    const s = ingest(`各位代表：\n现在，我代表市人民政府向大会作报告，请予审议，并请市政协各位委员提出意见。\n${tasks}`);
    expect(s.title).toBe('政府工作报告');
  });

  it('a committee reporting to 大会 with no meeting named stays untitled', () => {
    const s = ingest(`各位代表：\n现在，我代表市人大常委会向大会作报告，请予审议。\n${tasks}`);
    expect(s.untitled).toBe(true);
  });
});
