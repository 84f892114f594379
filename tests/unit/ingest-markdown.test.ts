import { describe, expect, it } from 'vitest';
import { readRawFile } from '../../src/lib/ingest/formats/index.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { isMarkdown, takeOffMarkdown } from '../../src/lib/ingest/markdown.ts';

const NOTE = [
  '# 在全市第二批主题教育工作推进会上的讲话',
  '> （2019年11月12日）',
  '',
  '同志们：',
  '',
  '今天我们召开推进会，**主要任务**是总结前一阶段工作，部署下一阶段任务。',
  '',
  '---',
  '> 来源：[市委办公室](http://example.gov.cn/a/1.html)',
].join('\n');

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('a text written in Markdown (a notes app, a blog source)', () => {
  it('loses its marks, line by line, and keeps the text they show', () => {
    const r = takeOffMarkdown(lines(NOTE));
    expect(r.lines.map((l) => l.text)).toEqual([
      '在全市第二批主题教育工作推进会上的讲话',
      '（2019年11月12日）',
      '',
      '同志们：',
      '',
      '今天我们召开推进会，主要任务是总结前一阶段工作，部署下一阶段任务。',
      '',
      '',
      '来源：市委办公室',
    ]);
    expect(r.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reports every mark and link target it took off, with its line', () => {
    const r = takeOffMarkdown(lines(NOTE));
    expect(r.removed.map((x) => [x.line, x.text])).toEqual([
      [1, '#'],
      [2, '>'],
      [6, '**'],
      [6, '**'],
      [8, '---'],
      [9, '>'],
      [9, '['],
      [9, '](http://example.gov.cn/a/1.html)'],
    ]);
    expect(r.removed.every((x) => x.reason === 'markdown-marks')).toBe(true);
  });

  it('reads title, date and text through the whole ingest, and notes the repair', () => {
    const s = ingestText(NOTE, 'note.md');
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(s.date).toBe('2019-11-12');
    expect(s.blocks.map((b) => b.text)).toContain('今天我们召开推进会，主要任务是总结前一阶段工作，部署下一阶段任务。');
    expect(s.repairs.find((r) => r.kind === 'markdown')?.detail).toMatch(/Markdown/);
  });

  it('leaves text alone with one kind of mark, or marks only inside sentences: a --- line, a > breadcrumb, asterisks and a link written as characters', () => {
    for (const text of [
      '讲话\n---\n同志们：\n今天开会。\n---',
      '> 首页 > 要闻\n同志们：\n今天开会。',
      '同志们：\n**重要**的是落实。\n今天开会。',
      '同志们：\n第6条：**不是粗体** _也不是斜体_ [不是链接](http://example.com)，以上是原样文字。\n---\n今天开会。',
    ]) {
      expect(isMarkdown(text)).toBe(false);
      expect(takeOffMarkdown(lines(text)).lines.map((l) => l.text)).toEqual(text.split('\n'));
    }
  });

  it('a .md or .markdown file is read like a .txt', async () => {
    const bytes = new TextEncoder().encode(NOTE);
    for (const name of ['note.md', 'NOTE.MARKDOWN']) expect((await readRawFile(bytes, name)).text).toBe(NOTE);
  });
});
