// Word list numbers written into the text (src/lib/ingest/formats/docx-numbering.ts):
// every number format of WordprocessingML a Chinese document uses, counted from the
// level's start as Word shows it, on numbering.xml / document.xml parts in Word's own
// schema. (tests/unit/formats-docx.test.ts reads whole .docx files made by the docx package.)
import { describe, expect, it } from 'vitest';
import { materialiseNumbers } from '../../src/lib/ingest/formats/docx-numbering.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** numbering.xml: list 1 of one abstract list whose levels are given. */
function numbering(levels: { fmt: string; text: string; start?: number }[], override?: { ilvl: number; start: number }): string {
  const lvls = levels
    .map(
      (l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/></w:lvl>`,
    )
    .join('');
  const over = override ? `<w:lvlOverride w:ilvl="${override.ilvl}"><w:startOverride w:val="${override.start}"/></w:lvlOverride>` : '';
  return `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>${over}</w:num></w:numbering>`;
}

/** document.xml: paragraphs, each numbered at a level of list 1 (or by a style), or plain. */
function document(paras: { text: string; ilvl?: number; style?: string }[]): string {
  const ps = paras
    .map((p) => {
      const numPr = p.ilvl === undefined ? '' : `<w:numPr><w:ilvl w:val="${p.ilvl}"/><w:numId w:val="1"/></w:numPr>`;
      const style = p.style ? `<w:pStyle w:val="${p.style}"/>` : '';
      return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t>${p.text}</w:t></w:r></w:p>`;
    })
    .join('');
  return `<w:document ${W}><w:body>${ps}</w:body></w:document>`;
}

const labels = (doc: string, num: string, styles: string | null = null) =>
  materialiseNumbers(doc, num, styles).numbered.map((n) => n.label);
/** The label Word shows for the first item of a list in format `fmt` starting at `start`. */
const first = (fmt: string, start = 1, text = '%1、') =>
  labels(document([{ text: '加强学习。', ilvl: 0 }]), numbering([{ fmt, text, start }]))[0];

describe('number formats as Word shows them', () => {
  it.each([
    ['decimal', 3, '3、'],
    ['decimalZero', 7, '07、'],
    ['decimalFullWidth', 12, '１２、'],
    ['chineseCounting', 11, '十一、'],
    ['chineseCountingThousand', 3, '三、'],
    ['chineseLegalSimplified', 2, '贰、'],
    ['ideographTraditional', 3, '丙、'],
    ['ideographZodiac', 13, '子、'],
    ['decimalEnclosedCircle', 5, '⑤、'],
    ['decimalEnclosedCircle', 21, '21、'],
    ['decimalEnclosedParen', 2, '⑵、'],
    ['decimalEnclosedParen', 30, '(30)、'],
    ['decimalEnclosedFullstop', 4, '⒋、'],
    ['decimalEnclosedFullstop', 25, '25.、'],
    ['upperLetter', 2, 'B、'],
    ['upperLetter', 28, 'BB、'],
    ['lowerLetter', 1, 'a、'],
    ['upperRoman', 1994, 'MCMXCIV、'],
    ['lowerRoman', 4, 'iv、'],
    ['someFutureFormat', 6, '6、'],
  ])('%s from %i: %s', (fmt, start, want) => {
    expect(first(fmt, start)).toBe(want);
  });

  it('a level whose number is drawn as nothing gives no label, and the paragraph is left alone', () => {
    const doc = document([{ text: '加强学习。', ilvl: 0 }]);
    const out = materialiseNumbers(doc, numbering([{ fmt: 'none', text: '%1' }]), null);
    expect(out.numbered).toEqual([]);
    expect(out.xml).toContain('<w:numId w:val="1" />');
  });

  it('bullets are not numbers', () => {
    expect(labels(document([{ text: '附件清单', ilvl: 0 }]), numbering([{ fmt: 'bullet', text: '●' }]))).toEqual([]);
  });
});

describe('counting', () => {
  const outline = numbering([
    { fmt: 'chineseCounting', text: '%1、' },
    { fmt: 'chineseCounting', text: '（%2）' },
    { fmt: 'decimal', text: '%1.%2.%3' },
  ]);

  it("counts on per level, a deeper level restarting after a shallower one, %n naming any level in that level's own format", () => {
    const doc = document([
      { text: '总体要求', ilvl: 0 },
      { text: '指导思想', ilvl: 1 },
      { text: '基本原则', ilvl: 1 },
      { text: '主要任务', ilvl: 0 },
      { text: '加强学习', ilvl: 1 },
      { text: '读原著', ilvl: 2 },
      { text: '学原文', ilvl: 2 },
    ]);
    expect(labels(doc, outline)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '二.一.1', '二.一.2']);
  });

  it("writes the number into the paragraph's text and switches its numbering off", () => {
    const { xml, numbered } = materialiseNumbers(document([{ text: '总体要求', ilvl: 0 }]), outline, null);
    expect(numbered).toEqual([{ label: '一、', text: '总体要求' }]);
    expect(xml).toMatch(/<w:t xml:space="preserve">一、<\/w:t><\/w:r><w:r><w:t>总体要求<\/w:t>/);
    expect(xml).toContain('<w:numId w:val="0" />');
  });

  it('a number typed as well as numbered is shown once', () => {
    expect(
      labels(
        document([
          { text: '一、总体要求', ilvl: 0 },
          { text: '主要任务', ilvl: 0 },
        ]),
        outline,
      ),
    ).toEqual(['二、']);
  });

  it("a list's start override wins over its level's start", () => {
    const num = numbering([{ fmt: 'decimal', text: '%1.', start: 1 }], { ilvl: 0, start: 5 });
    expect(
      labels(
        document([
          { text: '甲', ilvl: 0 },
          { text: '乙', ilvl: 0 },
        ]),
        num,
      ),
    ).toEqual(['5.', '6.']);
  });

  it('numbering through the paragraph style, from styles.xml', () => {
    const styles = `<w:styles ${W}><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="Normal"/></w:styles>`;
    const doc = document([
      { text: '总体要求', style: 'Heading1' },
      { text: '正文段落。', style: 'Normal' },
      { text: '主要任务', style: 'Heading1' },
    ]);
    expect(labels(doc, outline, styles)).toEqual(['一、', '二、']);
  });

  it('without numbering.xml nothing is numbered', () => {
    expect(labels(document([{ text: '总体要求', ilvl: 0 }]), null as unknown as string)).toEqual([]);
  });
});
