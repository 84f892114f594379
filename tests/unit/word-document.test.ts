/** The Word documents a writer downloads, read back with mammoth: text, citations, headings, A4 and CJK fonts. */
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { passagesDocument, speechDocument, toBuffer } from '../../src/lib/export/word-document.ts';

const source = {
  speaker: '龚夏梅',
  title: '在全市第二批主题教育工作推进会上的讲话',
  date: '2019年11月12日',
  url: 'https://example.org/speeches/x/#p3',
};

async function read(doc: Parameters<typeof toBuffer>[0]) {
  const buffer = Buffer.from(await toBuffer(doc));
  const zip = await JSZip.loadAsync(buffer);
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    html: (await mammoth.convertToHtml({ buffer })).value,
    xml: await zip.file('word/document.xml')!.async('string'),
    styles: await zip.file('word/styles.xml')!.async('string'),
  };
}

describe('passagesDocument', () => {
  it('puts each passage followed by its citation, the URL a live link', async () => {
    const passages = [
      { text: '要压紧压实责任，确保各项任务落到实处。', citation: source },
      {
        text: '第二段：“引号”与（括号）保持原样。',
        citation: { ...source, speaker: undefined, url: 'https://example.org/speeches/y/#p7' },
      },
    ];
    const { text, html } = await read(passagesDocument({ heading: '“压紧压实”的用例', passages }));
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('“压紧压实”的用例');
    expect(lines.slice(1)).toEqual([
      passages[0]!.text,
      `——龚夏梅《在全市第二批主题教育工作推进会上的讲话》（2019年11月12日），https://example.org/speeches/x/#p3`,
      passages[1]!.text,
      `——《在全市第二批主题教育工作推进会上的讲话》（2019年11月12日），https://example.org/speeches/y/#p7`,
    ]);
    expect(html).toContain('<a href="https://example.org/speeches/y/#p7">');
  });

  it('is A4 with 宋体 body text and 黑体 headings, in zh-CN', async () => {
    const { xml, styles } = await read(passagesDocument({ heading: '标题', passages: [{ text: '正文。', citation: source }] }));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:styleId="Title"[\s\S]*?w:eastAsia="黑体"/);
    expect(xml).toContain('w:eastAsia="zh-CN"');
  });
});

describe('speechDocument', () => {
  it('has the title, the byline, headings as Word headings, each paragraph with its ¶ link, and the citation at the end', async () => {
    const { text, html } = await read(
      speechDocument({
        title: '在全市推进会上的讲话',
        byline: '龚夏梅　2019年11月12日',
        blocks: [
          { kind: 'paragraph', text: '同志们：', number: 1, url: 'https://example.org/s/#p1' },
          { kind: 'heading', text: '第一，正确研判形势' },
          { kind: 'paragraph', text: '这是第二段。', number: 2, url: 'https://example.org/s/#p2' },
        ],
        citation: { ...source, url: 'https://example.org/s/' },
      }),
    );
    expect(html).toContain('<h1>第一，正确研判形势</h1>');
    expect(html).toContain('这是第二段。<a href="https://example.org/s/#p2"> ¶2</a>');
    const lines = text.split('\n').filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['在全市推进会上的讲话', '龚夏梅　2019年11月12日']);
    expect(lines.at(-1)).toBe('出处：龚夏梅《在全市第二批主题教育工作推进会上的讲话》（2019年11月12日），https://example.org/s/');
  });
});
