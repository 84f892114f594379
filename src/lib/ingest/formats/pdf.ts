/**
 * A PDF with a text layer → the speech's lines (unpdf, Mozilla's pdf.js).
 * Radicals a PDF printer put for ideographs are mapped back (radicals.ts),
 * running headers, footers and page numbers removed and reported, hard-wrapped
 * lines joined into paragraphs (pdf-layout.ts). The document's Info (Title,
 * Author, CreationDate) is the file's facts: weak evidence. A PDF whose pages
 * hold no text (a scan) is refused: it needs OCR first.
 */
import { getDocumentProxy, getMeta } from 'unpdf';
import { IngestError } from '../types.ts';
import type { PageFacts, Removal, Repair } from '../types.ts';
import { pageDate } from './page-date.ts';
import {
  closeLetterSpacing,
  closeMarkerSpace,
  findRunning,
  joinParagraphs,
  linesOfPage,
  type PdfItem,
  type PdfLine,
} from './pdf-layout.ts';
import { radicalsToIdeographs } from './radicals.ts';
import type { RawRead } from './read.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function open(bytes: Uint8Array, source: string): Promise<PdfDocument> {
  try {
    // pdf.js takes the buffer over: give it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
  } catch (cause) {
    const name = (cause as Error).name ?? '';
    if (name === 'PasswordException') {
      throw new IngestError(
        source,
        null,
        'is a password-protected PDF',
        'save an unprotected copy (or paste the speech text into a .txt file) and rebuild',
      );
    }
    throw new IngestError(
      source,
      null,
      `is not a readable PDF (${(cause as Error).message.replace(/\.$/, '')})`,
      'open it in a PDF reader and save or print it again as PDF, or paste the speech text into a .txt file',
    );
  }
}

async function facts(pdf: PdfDocument): Promise<PageFacts> {
  const out: PageFacts = { format: 'pdf' };
  try {
    const info = (await getMeta(pdf)).info as Record<string, unknown>;
    const str = (k: string): string | undefined => (typeof info[k] === 'string' && (info[k] as string).trim()) || undefined;
    const title = str('Title');
    const author = str('Author');
    const created = pageDate(str('CreationDate'));
    if (title) out.title = radicalsToIdeographs(title).text;
    if (author) out.author = radicalsToIdeographs(author).text;
    if (created) out.published = created;
  } catch {
    // No Info dictionary: no facts.
  }
  return out;
}

export async function readPdf(bytes: Uint8Array, source: string): Promise<RawRead> {
  const pdf = await open(bytes, source);
  const radicals = new Map<string, number>();
  const pages: PdfLine[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      const r = radicalsToIdeographs(it.str);
      for (const [k, n] of r.counts) radicals.set(k, (radicals.get(k) ?? 0) + n);
      items.push({ str: r.text, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height });
    }
    pages.push(linesOfPage({ items, width, height }, p));
  }
  let spacedLines = 0;
  for (const l of pages.flat()) {
    const closed = closeLetterSpacing(l.text);
    if (closed !== null) {
      l.text = closed;
      spacedLines++;
    }
  }
  const page = await facts(pdf);
  await pdf.destroy();

  const running = findRunning(pages);
  const runningSet = new Set(running.map((r) => r.line));
  const body = pages.flat().filter((l) => !runningSet.has(l));
  if (body.map((l) => l.text.replace(/\s+/g, '')).join('').length < 20) {
    throw new IngestError(
      source,
      null,
      `is a scanned PDF: its ${pdf.numPages} page(s) hold no text layer (pictures of text)`,
      'run OCR on it (e.g. ocrmypdf) or paste the text into a .txt file, and rebuild',
    );
  }
  const paragraphs = joinParagraphs(body);

  const repairs: Repair[] = [];
  const removed: Removal[] = [];
  // A removed line is reported at the paragraph of the next body line (after the last: one past the end).
  const paragraphOfBodyLine: number[] = [];
  paragraphs.forEach((p, k) => {
    for (const i of p.from) paragraphOfBodyLine[i] = k + 1;
  });
  let seen = 0;
  for (const l of pages.flat()) {
    const r = running.find((x) => x.line === l);
    if (!r) {
      seen++;
      continue;
    }
    removed.push({ reason: r.reason, text: l.text, line: paragraphOfBodyLine[seen] ?? paragraphs.length + 1 });
  }
  const text = paragraphs.map((p, i) => {
    const closed = closeMarkerSpace(p.text);
    if (closed === null) return p.text;
    repairs.push({
      kind: 'pdf-marker-space',
      detail: `space after the list marker removed: “${[...p.text].slice(0, 12).join('')}…” → “${[...closed].slice(0, 11).join('')}…”`,
      line: i + 1,
    });
    return closed;
  });
  const printed = body.length;
  if (printed > paragraphs.length) {
    repairs.push({
      kind: 'pdf-join-lines',
      detail: `${printed} printed lines on ${pdf.numPages} page(s) joined into ${paragraphs.length} paragraphs (a line reaching the right margin goes on; an indented or short line ends a paragraph)`,
      line: 1,
    });
  }
  if (spacedLines) {
    repairs.push({
      kind: 'pdf-letter-spacing',
      detail: `spaces between the characters of ${spacedLines} letter-spaced printed line(s) closed (同 志 们 → 同志们)`,
      line: 1,
    });
  }
  if (radicals.size) {
    const list = [...radicals].map(([k, n]) => `${k} ×${n}`).join(', ');
    repairs.push({
      kind: 'pdf-radical-ideograph',
      detail: `radicals from the PDF's font mapping read as the ideographs they show: ${list}`,
      line: 1,
    });
  }
  removed.sort((a, b) => a.line - b.line);
  repairs.sort((a, b) => a.line - b.line);
  return { text: text.join('\n'), page, notes: { removed, repairs } };
}
