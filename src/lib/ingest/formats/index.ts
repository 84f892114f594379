/**
 * The reading stage: a raw file's bytes → lines of text, the file's own facts
 * about the page (PageFacts) and what reading removed or repaired, by the
 * file's extension (case-insensitive). One module per format:
 *
 *   .txt            txt.ts   decoding only
 *   .md / .markdown txt.ts   the same: a text; ingest takes its marks off (markdown.ts)
 *   .html / .htm    html.ts  charset, Readability article, head metadata, chrome reported
 *   .docx           docx.ts  Word list numbers made visible, mammoth, core properties
 *   .pdf            pdf.ts   text layer, running headers and page numbers, rejoined lines
 *
 * Every reader throws `IngestError` naming the file and what to do; any other error a
 * library throws on a damaged file is turned into one here, so ARCHIVE_KEEP_GOING holds.
 */
import { IngestError } from '../types.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import type { RawRead } from './read.ts';
import { readTxt } from './txt.ts';

export type { RawRead } from './read.ts';

const READERS: Record<string, (bytes: Uint8Array, source: string) => RawRead | Promise<RawRead>> = {
  '.txt': readTxt,
  '.md': readTxt,
  '.markdown': readTxt,
  '.html': readHtml,
  '.htm': readHtml,
  '.docx': readDocx,
  '.pdf': readPdf,
};

/** Extensions the archive reads, lower-case with the dot. */
export const RAW_EXTENSIONS: readonly string[] = Object.keys(READERS);

const extensionOf = (fileName: string): string => /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';

export const isRawFile = (fileName: string): boolean => extensionOf(fileName) in READERS;

export async function readRawFile(bytes: Uint8Array, fileName: string): Promise<RawRead> {
  const read = READERS[extensionOf(fileName)];
  if (!read) {
    throw new IngestError(
      fileName,
      null,
      'is not a format the archive reads',
      `save the speech as ${RAW_EXTENSIONS.join(', ')} and rebuild`,
    );
  }
  if (bytes.length === 0) throw new IngestError(fileName, null, 'is empty (0 bytes)', 'add the speech text or remove the file');
  try {
    return await read(bytes, fileName);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    // A library failing on a damaged or unusual file is that file's problem, not the build's.
    throw new IngestError(
      fileName,
      null,
      `could not be read as ${extensionOf(fileName)} (${(error as Error).message ?? error})`,
      'open it in the program that made it and save it again, or paste the speech text into a .txt file',
    );
  }
}
