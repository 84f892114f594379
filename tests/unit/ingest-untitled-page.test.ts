// A news page with no title line (session 5): the site's masthead above the navigation is
// not taken as the title, and a publication stamp (`2023-11-08 09:30　来源：…`) is read as the
// page's publication date. The text here is written for the tests (no seed or corpus text);
// each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { readPublished } from '../../src/lib/ingest/datelines.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { ingestLines as ingest, noteOf } from './fixtures/ingest-helpers.ts';

const REPORT = [
  '11月6日，全县秋冬季农业生产工作会议召开。县委书记张明出席会议并讲话。',
  '张明指出，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好。',
  '张明强调，要加强农技服务，推广良种良法，为明年丰收打下坚实基础。',
];
const page = (title: string[]): Speech =>
  ingest([
    '清河新闻网',
    '首页 | 新闻 | 政务 | 民生 | 视频',
    '当前位置：首页 > 新闻 > 时政',
    ...title,
    '2023-11-08 09:30　来源：清河日报',
    ...REPORT,
  ]);

describe('a page with no title line', () => {
  it("does not take the site's masthead above the navigation as the title: removed as masthead, the title marked as not found", () => {
    const s = page([]);
    expect(s.title).not.toBe('清河新闻网');
    expect(noteOf(s, 'title')?.how).toBe('inferred');
    expect(noteOf(s, 'title')?.reason).toMatch(/no title line/);
    expect(s.removed.find((r) => r.text === '清河新闻网')?.reason).toBe('masthead');
  });
  it('a weak title under the navigation is still the title', () => {
    expect(page(['压实责任抓落实　确保种足种好']).title).toBe('压实责任抓落实　确保种足种好');
  });
});

describe('a publication stamp', () => {
  it("a date with the minute, or before 来源, at a line's start is the page's publication date", () => {
    expect(readPublished('2023-11-08 09:30　来源：清河日报')?.date).toBe('2023-11-08');
    expect(readPublished('2018-03-02　来源：新华社　【字体：小 中 大】')?.date).toBe('2018-03-02');
    const s = page([]);
    expect(s.date).toBe('2023-11-06');
    expect(noteOf(s, 'date')?.reason).toMatch(/publication date 2023-11-08/);
  });
  it('a dateline alone, or with a time of day in words, is not one', () => {
    expect(readPublished('2023年11月6日')).toBeNull();
    expect(readPublished('（2023年11月6日）')).toBeNull();
    expect(readPublished('2023年11月6日 上午')).toBeNull();
  });
});
