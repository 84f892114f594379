/**
 * A Word file (`.docx`) → the speech's lines. The list numbers Word draws
 * (`一、`, `1.`) are written into the text first (docx-numbering.ts, each
 * reported as a `docx-list-number` repair: they carry the outline), then
 * mammoth turns the document into HTML — Word headings become `<h1>`…, and so
 * their own lines — and the same block reader as for web pages makes the lines.
 * The core properties (docProps/core.xml: title, creator, created) are the
 * file's facts: weak evidence, as they are often a template's.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { IngestError } from '../types.ts';
import type { PageFacts, Repair } from '../types.ts';
import { blockLines, type DomNode } from './blocks.ts';
import { materialiseNumbers } from './docx-numbering.ts';
import { pageDate } from './page-date.ts';
import type { RawRead } from './read.ts';

const RESAVE = 'open it in Word or WPS and save it again as .docx, or paste the speech text into a .txt file';

async function openZip(bytes: Uint8Array, source: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new IngestError(source, null, 'is not a readable Word .docx file: its ZIP container is damaged or cut short', RESAVE);
  }
  if (!zip.file('word/document.xml')) {
    throw new IngestError(source, null, 'is a ZIP file but not a Word .docx document (it has no word/document.xml)', RESAVE);
  }
  return zip;
}

const tagText = (xml: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const t = m?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return t || undefined;
};

/** Title, creator and creation date from docProps/core.xml (a flat list of Dublin Core elements). */
function coreFacts(coreXml: string | null): PageFacts {
  const facts: PageFacts = { format: 'docx' };
  if (!coreXml) return facts;
  const title = tagText(coreXml, 'dc:title');
  const author = tagText(coreXml, 'dc:creator');
  const created = pageDate(tagText(coreXml, 'dcterms:created'));
  if (title) facts.title = title;
  if (author) facts.author = author;
  if (created) facts.published = created;
  return facts;
}

export async function readDocx(bytes: Uint8Array, source: string): Promise<RawRead> {
  const zip = await openZip(bytes, source);
  const read = async (path: string): Promise<string | null> => (await zip.file(path)?.async('string')) ?? null;
  let html: string;
  let numbered: ReturnType<typeof materialiseNumbers>['numbered'];
  try {
    const numbers = materialiseNumbers((await read('word/document.xml'))!, await read('word/numbering.xml'), await read('word/styles.xml'));
    numbered = numbers.numbered;
    zip.file('word/document.xml', numbers.xml);
    const buffer = await zip.generateAsync({ type: 'nodebuffer' });
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (cause) {
    throw new IngestError(source, null, `is a damaged Word .docx file (${(cause as Error).message.replace(/\.$/, '')})`, RESAVE);
  }
  const doc = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;
  // mammoth's links from a footnote back to its mark (↑) are its own, not the document's.
  for (const a of [...doc.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]')]) a.remove();
  const lines = blockLines(doc.body as unknown as DomNode).map((l) => l.text);
  if (!lines.some((l) => /\S/.test(l))) {
    throw new IngestError(
      source,
      null,
      'is a Word file with no text in it (pictures or an empty document)',
      'if the speech is a scanned picture, run OCR or type the text into a .txt file; otherwise add the text and save again',
    );
  }
  // Each number made visible, reported at the line it starts.
  const repairs: Repair[] = [];
  let from = 0;
  for (const n of numbered) {
    const start = (n.label + n.text).replace(/\s+/g, '').slice(0, n.label.length + 8);
    const at = lines.findIndex((l, i) => i >= from && l.replace(/\s+/g, '').startsWith(start));
    if (at === -1) continue;
    from = at + 1;
    repairs.push({
      kind: 'docx-list-number',
      detail: `Word list number written into the text: ${n.label} before “${[...n.text].slice(0, 20).join('')}”`,
      line: at + 1,
    });
  }
  return { text: lines.join('\n'), page: coreFacts(await read('docProps/core.xml')), notes: { removed: [], repairs } };
}
