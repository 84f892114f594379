// The header (issue 12, session 10, wt-header10): a form's title field, an archived page's title
// under a second navigation block, a reply's attachment title, a meeting report's lead, an annual
// report's year from its review heading, a byline among a clippings file's separators. The text
// here is written for the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, 'doc_088.txt');

describe("an edit form copied whole: the form's title field gives the title", () => {
  const form = (title: string, sub = '副标题：') =>
    [
      '内容发布系统 V3.1　　当前用户：admin　　退出',
      '栏目：工作动态 > 领导讲话　>　新增稿件',
      '[保存]　[提交审核]　[预览]',
      title,
      sub,
      '肩题：',
      '作者：　　　　来源：市委办公室　　　　*发布日期：2022-04-08 10:00',
      '*内容：',
      '（2022年4月7日）',
      '陈立新',
      '同志们：',
      '今天召开全市春季农业生产工作会议，主要任务是动员全市上下抓好春耕备耕，确保粮食稳产增产。刚才，几位同志作了发言，讲得很好。',
      '今年春耕面临的困难不少，各级要早谋划、早部署，把各项措施落到田间地头。',
      '字数：86　　　自动保存于 10:02',
    ].join('\n');

  it('`*标题：<title>` among empty fields is the title, read from that line', () => {
    const s = ingest(form('*标题：在全市春季农业生产工作会议上的讲话'));
    expect(s.title).toBe('在全市春季农业生产工作会议上的讲话');
    expect(s.untitled).toBeFalsy();
    expect(s.speaker).toBe('陈立新');
    expect(s.date).toBe('2022-04-07');
  });

  it('the same field line kept as the title line: the label is cut off, reported', () => {
    const s = ingest(form('*标题：在全市春季农业生产工作会议上的讲话').replace('[保存]　[提交审核]　[预览]\n', ''));
    expect(s.title).toBe('在全市春季农业生产工作会议上的讲话');
    expect(s.removed.some((r) => r.text.includes('标题：'))).toBe(true);
  });

  it("a subtitle field is no title field: its label is not cut as a title's", () => {
    const s = ingest(form('标题栏：', '副标题：在全市春季农业生产工作会议上的讲话'));
    expect(s.title).not.toBe('在全市春季农业生产工作会议上的讲话');
    expect(s.removed.some((r) => r.reason === 'field-label')).toBe(false);
  });
});
