// A file's own times — uploaded, written, exported, created, modified — date the file, not the
// speech nor its publication: the year stays unknown rather than take them. A page's publication
// line (`发布时间`) still counts as the weakest evidence. Issue 12, session 12 (wt-header12). Texts
// written for the test, in shapes not in held12- (a notes app's export, a cloud drive's properties);
// they failed before (the file's year was taken as the speech's).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { fileTimeAt } from '../../src/lib/ingest/file-times.ts';

const speech = [
  '在全市安全生产工作会议上的讲话',
  '同志们：',
  '今天召开全市安全生产工作会议，主要任务是总结工作，分析形势，部署下一阶段安全生产工作。',
  '我们要坚持人民至上、生命至上，把安全生产责任落实到每一个岗位，坚决遏制重特大事故发生。',
];

describe("a file's own times are not the speech's", () => {
  it("a notes app's export with 创建时间 and 修改时间: no year", () => {
    const raw = ['笔记导出', '创建时间：2022-03-01 08:12', '修改时间：2022-03-05 21:40', ...speech].join('\n');
    const s = ingestText(raw, 'note.txt');
    expect(s.year).toBeNull();
    expect(s.notes.some((n) => n.field === 'year')).toBe(false);
  });

  it("a cloud drive's file properties with 保存于 and 分享时间: no year", () => {
    const raw = [...speech, '保存于 2021/07/02 10:20　　分享时间：2021-07-03 09:00'].join('\n');
    expect(ingestText(raw, 'drive.txt').year).toBeNull();
  });

  it('a page publication line still gives the weakest evidence for the year (near shape left alone)', () => {
    const raw = ['发布时间：2022-03-01 08:12', ...speech].join('\n');
    const s = ingestText(raw, 'page.txt');
    expect(s.year).toBe(2022);
    expect(s.notes.find((n) => n.field === 'year')!.reason).toContain('publication');
  });

  it('fileTimeAt reads the label before a date', () => {
    expect(fileTimeAt('编写时间：2024年3月12日', 5)).toBe(true);
    expect(fileTimeAt('发布时间：2024年3月12日', 5)).toBe(false);
  });
});
