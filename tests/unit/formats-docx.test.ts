// Word files: text by paragraph, headings on their own lines, Word's list numbers kept as text, core properties as facts.
import { describe, expect, test } from 'vitest';
import { AlignmentType, Document, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { readDocx } from '../../src/lib/ingest/formats/docx.ts';
import { chineseNumber } from '../../src/lib/ingest/formats/chinese-number.ts';
import { ingestFile } from '../../src/lib/ingest/ingest-file.ts';
import { fixture, refusal, seedLines } from './formats-helpers.ts';

const seed = seedLines('001_96dd786780a8f525.txt');
const body = seed.slice(
  1,
  seed.findIndex((l) => l.startsWith('全文共')),
);

describe('readDocx on a Word file made with the docx package', async () => {
  const read = await readDocx(fixture('speech.docx'), 'speech.docx');
  const lines = read.text.split('\n');

  test('gives the title and every paragraph as lines; numbered headings get back the 一、 Word drew', () => {
    expect(lines[0]).toBe(seed[0]);
    // The fixture holds each heading without its number (Word numbers it); the text has it again.
    expect(lines.slice(1)).toEqual(body);
    expect(lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).length).toBe(
      body.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).length,
    );
  });

  test('reports each number written into the text', () => {
    const numbered = read.notes.repairs.filter((r) => r.kind === 'docx-list-number');
    expect(numbered.map((r) => lines[r.line - 1]!.slice(0, 2))).toEqual(['一、', '二、']);
  });

  test("keeps the file's core properties as facts", () => {
    expect(read.page.format).toBe('docx');
    expect(read.page.title).toBe(seed[0]);
    expect(read.page.author).toBe('市委办公室');
    expect(read.page.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('feeds the outline: the numbered headings are parts of the speech', async () => {
    const speech = await ingestFile(fixture('speech.docx'), 'speech.docx');
    expect(speech.title).toBe(seed[0]);
    const parts = speech.outline.filter((o) => o.marker.startsWith('一') || o.marker.startsWith('二'));
    expect(parts.map((o) => o.marker)).toEqual(expect.arrayContaining(['一、', '二、']));
  });
});

describe('list numbering in its other shapes', () => {
  test('two levels (1. and （1）) count as Word does, deeper levels restarting; bullets add nothing', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: '（%2）', alignment: AlignmentType.LEFT },
            ],
          },
          { reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '●', alignment: AlignmentType.LEFT }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ numbering: { reference: 'outline', level: 0 }, children: [new TextRun('加强学习。')] }),
            new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('读原著。')] }),
            new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('学原文。')] }),
            new Paragraph({ numbering: { reference: 'outline', level: 0 }, children: [new TextRun('狠抓落实。')] }),
            new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('建台账。')] }),
            new Paragraph({ numbering: { reference: 'dots', level: 0 }, children: [new TextRun('附件清单')] }),
          ],
        },
      ],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'levels.docx');
    expect(read.text.split('\n')).toEqual(['1.加强学习。', '（1）读原著。', '（2）学原文。', '2.狠抓落实。', '（1）建台账。', '附件清单']);
    expect(read.notes.repairs.length).toBe(5);
  });

  test("a number typed into the text as well is shown once; footnotes keep their text, not mammoth's ↑ links", async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('见《中国共产党章程》。')] } },
      numbering: {
        config: [
          { reference: 'p', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ numbering: { reference: 'p', level: 0 }, children: [new TextRun('一、总体要求')] }),
            new Paragraph({ children: [new TextRun('坚持党的领导。'), new FootnoteReferenceRun(1)] }),
          ],
        },
      ],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'notes.docx');
    const lines = read.text.split('\n');
    expect(lines[0]).toBe('一、总体要求');
    expect(lines).toContain('见《中国共产党章程》。');
    expect(read.text).not.toContain('↑');
  });

  test.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('chineseNumber(%i) = %s', (n, s) => {
    expect(chineseNumber(n)).toBe(s);
  });
});

describe('bad Word files', () => {
  test('a .docx cut short is refused, naming the file and what to do', async () => {
    const err = await refusal(() => readDocx(fixture('corrupt.docx'), 'corrupt.docx'));
    expect(err.message).toMatch(/^corrupt\.docx: .*Word/);
    expect(err.hint).toMatch(/save it again as \.docx|\.txt/);
  });

  test('a file that is not a ZIP at all is refused the same way', async () => {
    const err = await refusal(() => readDocx(fixture('speech.html'), 'page.docx'));
    expect(err.message).toMatch(/^page\.docx: /);
  });

  test('a Word file with no text is refused', async () => {
    const empty = new Document({ sections: [{ children: [new Paragraph({ children: [] })] }] });
    const err = await refusal(async () => readDocx(new Uint8Array(await Packer.toBuffer(empty)), 'blank.docx'));
    expect(err.message).toMatch(/no text/);
  });
});
