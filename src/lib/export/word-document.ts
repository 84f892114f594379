/**
 * Word (.docx) documents of what a writer takes home: a set of passages, each followed
 * by its citation, or a whole speech. Pure: builds a `docx` Document from plain data
 * and packs it; the browser module src/browser/word-export.ts loads this file only
 * when a reader asks for a download, so no page pays for the `docx` library up front.
 *
 * Layout for Chinese: A4, 宋体 body (小四, 12 pt, first line indented two characters,
 * 1.5 lines), 黑体 title and headings, Latin text in Times New Roman, language zh-CN.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type IRunOptions,
} from 'docx';
import { reference, type CitationSource } from '../pages/citation.ts';

/** One passage and where it comes from. */
export interface WordPassage {
  /** The passage as shown on the page (full-width punctuation as written). */
  text: string;
  /** Speaker, title, date and the URL with the paragraph anchor. */
  citation: CitationSource;
}

/** Passages, each followed by its citation (search results, concordance lines, a selection). */
export interface PassagesExport {
  /** Heading of the document, e.g. `“压紧压实”的用例`. */
  heading: string;
  /** Optional line under the heading, e.g. `共 12 处，2026年12月2日导出`. */
  note?: string;
  passages: readonly WordPassage[];
}

/** A block of a speech: a heading line (a part) or a paragraph with its anchor URL. */
export type SpeechBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string; number: number; url: string };

/** A whole speech: title, speaker/date line, its blocks, and its citation once. */
export interface SpeechExport {
  title: string;
  /** `龚夏梅　2019年11月12日　推进会`: what the page's head says. */
  byline: string;
  blocks: readonly SpeechBlock[];
  /** The speech's citation; its `url` is the speech page without an anchor. */
  citation: CitationSource;
}

const BODY_FONT = '宋体';
const HEADING_FONT = '黑体';
const LATIN_FONT = 'Times New Roman';
const GREY = '595959';

const font = (eastAsia: string) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia });
/** Run properties every run shares: the fonts and the language. */
const run = (eastAsia = BODY_FONT): IRunOptions => ({ font: font(eastAsia), language: { value: 'zh-CN', eastAsia: 'zh-CN' } });

function styles() {
  const heading = {
    run: { ...run(HEADING_FONT), bold: false, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  };
  return {
    default: {
      document: {
        run: { ...run(), size: 24 },
        paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { ...run(HEADING_FONT), size: 36, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      heading1: { ...heading, run: { ...heading.run, size: 32 } },
      heading2: { ...heading, run: { ...heading.run, size: 28 } },
    },
  };
}

const A4 = {
  page: {
    // A4 as Word writes it (210 × 297 mm in twips).
    size: { width: 11906, height: 16838 },
    margin: {
      top: convertMillimetersToTwip(30),
      bottom: convertMillimetersToTwip(25),
      left: convertMillimetersToTwip(28),
      right: convertMillimetersToTwip(26),
    },
  },
};

/** `prefix` + `speaker《title》（date），` and the URL as a live link. */
function citationRuns(source: CitationSource, size: number, prefix = '——'): (TextRun | ExternalHyperlink)[] {
  const text = reference(source);
  const before = text.slice(0, text.length - source.url.length);
  return [
    new TextRun({ ...run(), text: `${prefix}${before}`, size, color: GREY }),
    new ExternalHyperlink({
      link: source.url,
      children: [new TextRun({ ...run(), text: source.url, size, color: GREY, style: 'Hyperlink' })],
    }),
  ];
}

const bodyParagraph = (text: string, extra: (TextRun | ExternalHyperlink)[] = []) =>
  new Paragraph({ indent: { firstLineChars: 200 }, children: [new TextRun({ ...run(), text }), ...extra] });

const centered = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ ...run(), text, color: GREY })] });

/** A document of passages: the heading, then each passage followed by its citation on a line of its own. */
export function passagesDocument({ heading, note, passages }: PassagesExport): Document {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ ...run(HEADING_FONT), text: heading })] }),
  ];
  if (note) children.push(centered(note));
  for (const passage of passages) {
    children.push(bodyParagraph(passage.text.trim()));
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: citationRuns(passage.citation, 21) }));
  }
  return new Document({ styles: styles(), sections: [{ properties: A4, footers: { default: pageFooter() }, children }] });
}

/**
 * A whole speech: title, byline, headings as Word headings, paragraphs each ending in a
 * small `¶n` link to its anchor on the site, and the citation once at the end (and in
 * every page's footer, as on the printed page).
 */
export function speechDocument({ title, byline, blocks, citation }: SpeechExport): Document {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ ...run(HEADING_FONT), text: title })] }),
    centered(byline),
  ];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ ...run(HEADING_FONT), text: block.text })] }),
      );
    } else {
      const anchor = new ExternalHyperlink({
        link: block.url,
        children: [new TextRun({ ...run(), text: ` ¶${block.number}`, size: 18, color: GREY })],
      });
      children.push(bodyParagraph(block.text.trim(), [anchor]));
    }
  }
  children.push(
    new Paragraph({
      spacing: { before: 480 },
      border: { top: { style: 'single', size: 4, color: 'A6A6A6', space: 6 } },
      children: [new TextRun({ ...run(HEADING_FONT), text: '出处：', size: 21 }), ...citationRuns(citation, 21, '')],
    }),
  );
  return new Document({
    title,
    styles: styles(),
    sections: [{ properties: A4, footers: { default: pageFooter(reference(citation)) }, children }],
  });
}

/** Page number, centred; a speech's footer also carries its citation. */
function pageFooter(citation?: string): Footer {
  const lines = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ ...run(), size: 18, children: ['— ', PageNumber.CURRENT, ' —'] })],
    }),
  ];
  if (citation)
    lines.unshift(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...run(), text: citation, size: 16, color: GREY })] }),
    );
  return new Footer({ children: lines });
}

/** The document as a Blob (browser) — `application/vnd.openxmlformats-officedocument.wordprocessingml.document`. */
export const toBlob = (doc: Document): Promise<Blob> => Packer.toBlob(doc);
/** The document as bytes (Node, tests). */
export const toBuffer = (doc: Document): Promise<Uint8Array> => Packer.toBuffer(doc);
