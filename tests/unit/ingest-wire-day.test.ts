// A wire dateline's day (`新华社北京11月6日电`) completed into a date (session 5): with the
// year of the page's publication date, and under a title greeting a year (said on its eve or
// its first day). The text here is written for the tests (no seed or corpus text); each test
// failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { ingestLines as ingest, noteOf } from './fixtures/ingest-helpers.ts';

const SPEECH = [
  '同志们：',
  '今年以来，全县上下认真落实各项部署，我们的农业生产保持稳中向好的态势，粮食播种面积稳定，特色产业规模不断扩大。',
  '下一步，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好，为明年丰收打下坚实基础。',
];
const GREETING = [
  '大家好！时光飞逝，又是一年。在新年到来之际，我向全县干部群众致以美好的祝福！',
  '这一年，我们迎难而上，农业生产再获丰收，一批民生项目建成投用，群众的日子越过越红火。',
  '新的一年，让我们携起手来，踔厉奋发，共同创造更加美好的明天！',
];

describe("a wire dateline's day", () => {
  const page = (wire: string, published: string): Speech =>
    ingest([
      '首页 | 要闻 | 时政',
      '在全县秋冬季农业生产工作会议上的讲话',
      `发布时间：${published} 09:00　来源：县融媒体中心`,
      `${wire}　${SPEECH[0]}`,
      ...SPEECH.slice(1),
    ]);
  it('is completed with the year of the publication date, when it is up to a month before it', () => {
    const s = page('新华社北京11月6日电', '2023-11-08');
    expect(s.date).toBe('2023-11-06');
    expect(noteOf(s, 'date')?.reason).toMatch(/wire dateline's day .* publication date 2023-11-08/);
  });
  it('across the turn of the year: a December day on a January page is the year before', () => {
    expect(page('新华社北京12月30日电', '2024-01-02').date).toBe('2023-12-30');
  });
  it('is no evidence when it lies after the publication date or long before it', () => {
    expect(page('新华社北京11月9日电', '2023-11-08').date).toBeNull();
    expect(page('新华社北京8月6日电', '2023-11-08').date).toBeNull();
  });
});

describe('a title greeting a year, with a wire dateline and no other date', () => {
  const greeting = (wire: string): Speech => ingest(['二〇二四年新年贺词', `${wire}　${GREETING[0]}`, ...GREETING.slice(1)]);
  it('on a December day is the eve: the year before the one greeted', () => {
    const s = greeting('新华社北京12月31日电');
    expect(s.date).toBe('2023-12-31');
    expect(noteOf(s, 'year')?.reason).toMatch(/eve/);
  });
  it('on a January day is the year greeted', () => {
    expect(greeting('新华社北京1月1日电').date).toBe('2024-01-01');
  });
  it('on any other day fixes nothing (only the bound stays)', () => {
    const s = greeting('新华社北京6月1日电');
    expect(s.date).toBeNull();
    expect(s.year).toBeNull();
    expect(s.yearAfter).toBe(2023);
  });
});
