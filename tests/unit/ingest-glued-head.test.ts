// Heads glued in ways session 4 left (session 5): a social account's call to follow glued
// before the title, and a title glued to the author's name and the name to the text. The
// text here is written for the tests (no seed or corpus text); each test failed before the
// rule it covers.
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { ingestLines as ingest, removedAs } from './fixtures/ingest-helpers.ts';

const SPEECH = [
  '今年以来，全县上下认真落实各项部署，我们的农业生产保持稳中向好的态势，粮食播种面积稳定，特色产业规模不断扩大。',
  '同时也要看到，我们部分乡镇基础设施仍然薄弱，农技服务跟不上，一些地方抓落实的办法还不多，这些问题必须认真加以解决。',
  '下一步，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好，为明年丰收打下坚实基础。',
];

describe("a social account's call to follow", () => {
  it('glued before the title is cut off at the boundary and reported; the title stays whole', () => {
    const s = ingest([
      '清河组工',
      '原创 清河组工 2023-11-08 08:00',
      '点击蓝字  关注我们在全县秋冬季农业生产工作会议上的讲话',
      '（2023年11月6日）',
      '县委书记　张明',
      '同志们：',
      ...SPEECH,
    ]);
    expect(s.title).toBe('在全县秋冬季农业生产工作会议上的讲话');
    expect(removedAs(s, 'follow-call')).toEqual(['点击蓝字  关注我们']);
    expect(s.speaker).toBe('张明');
  });

  it('alone on its line above a two-part title is not the title’s first part', () => {
    const s = ingest([
      '点击上方“清河组工”关注我们',
      '压实责任抓落实　确保种足种好',
      '——在全县秋冬季农业生产工作会议上的讲话',
      '县委书记　张明',
      '（2023年11月6日）',
      ...SPEECH,
    ]);
    expect(s.title).toBe('压实责任抓落实　确保种足种好');
    expect(removedAs(s, 'follow-call')).toEqual(['点击上方“清河组工”关注我们']);
  });

  it('a sentence of the speech that asks people to follow something is not one', () => {
    const s = ingest([
      '在全县秋冬季农业生产工作会议上的讲话',
      '点上发力、以点带面，关注群众最关心的问题，这是我们抓落实的基本方法。',
      ...SPEECH,
    ]);
    expect(removedAs(s, 'follow-call')).toEqual([]);
    expect(s.blocks[0]!.text).toContain('点上发力');
  });
});

describe('a title glued to the author’s name and the name to the text', () => {
  const text = `${SPEECH[0]}${SPEECH[1]}${SPEECH[2]}`;
  it('is cut into title, speaker and text where the text opens (a date) and a name stands before it', () => {
    const s = ingest([`压实责任抓落实　确保种足种好张明2023年11月，我到城关镇调研秋冬种。${text}`]);
    expect(s.title).toBe('压实责任抓落实　确保种足种好');
    expect(s.speaker).toBe('张明');
    expect(s.blocks[0]!.text.startsWith('2023年11月，我到城关镇调研秋冬种。')).toBe(true);
  });
  it('a three-character name before a word of time (今天，)', () => {
    const s = ingest([`压实责任抓落实　确保种足种好刘建华今天，我们召开全县秋冬季农业生产工作会议。${text}`]);
    expect(s.title).toBe('压实责任抓落实　确保种足种好');
    expect(s.speaker).toBe('刘建华');
  });
  it('not where no name stands before the opening (a paragraph that begins with a clause)', () => {
    const s = ingest(['在全县秋冬季农业生产工作会议上的讲话', `按照县委统一安排部署今天，我们召开会议。${text}`]);
    expect(s.title).toBe('在全县秋冬季农业生产工作会议上的讲话');
    expect(s.speaker).toBeNull();
    expect(s.blocks[0]!.text.startsWith('按照县委统一安排部署今天')).toBe(true);
  });
});

describe('a headline naming the occasion above a lead and the speech’s own title block', () => {
  const page = (block: string[]): Speech =>
    ingest([
      '清河新闻网',
      '首页 | 新闻 | 政务 | 民生',
      '张明：在全县秋冬季农业生产工作会议上的讲话（全文）',
      '2023-11-08 09:30　来源：清河日报',
      '11月6日，全县秋冬季农业生产工作会议召开，县委书记张明出席并讲话。现将讲话全文刊发如下。',
      ...block,
      '同志们：',
      ...SPEECH,
    ]);
  it('a slogan title over a —— subtitle the headline copies heads the speech; headline and lead are removed as the page’s', () => {
    const s = page(['压实责任抓落实　确保种足种好', '——在全县秋冬季农业生产工作会议上的讲话', '（2023年11月6日）', '张明']);
    expect(s.title).toBe('压实责任抓落实　确保种足种好');
    expect(s.header?.find((h) => h.role === 'subtitle')?.text).toBe('——在全县秋冬季农业生产工作会议上的讲话');
    expect(s.removed.find((r) => r.text.startsWith('张明：在全县'))?.reason).toBe('duplicate-title');
    expect(s.removed.find((r) => r.text.startsWith('11月6日'))?.reason).toBe('lead-above-title');
    expect(s.blocks[0]!.text).toBe('同志们：');
  });
  it('not when the subtitle names another occasion (the headline is then no copy of it)', () => {
    const s = page(['压实责任抓落实　确保种足种好', '——在全县冬季安全生产工作会议上的讲话', '（2023年11月6日）', '张明']);
    expect(s.title).not.toBe('压实责任抓落实　确保种足种好');
  });
});
