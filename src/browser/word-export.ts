/**
 * "下载 Word": passages or a whole speech saved as a .docx, made in the browser.
 *
 * This module is small; the `docx` library (src/lib/export/word-document.ts) is loaded
 * by a dynamic import the first time a reader asks for a download, so no page pays for
 * it up front. Works under the site's CSP (scripts from 'self' only): the library is a
 * chunk of the site's own, and the file is handed over through a `blob:` link with
 * `download`.
 *
 * Usage from a page script (search results, concordance lines, a selection):
 *
 *     import { downloadDocx } from './word-export.ts';
 *     await downloadDocx({
 *       fileName: '压紧压实-用例',
 *       heading: '“压紧压实”的用例',
 *       passages: [{ text: '…', citation: { speaker, title, date, url: 'https://…/speeches/x/#p3' } }],
 *     });
 *
 * Each passage is followed by its citation (`——speaker《title》（date），URL`, the URL a
 * live link). `fileName` gets `.docx` added; characters a file system refuses are
 * replaced by `_`.
 */
import type { PassagesExport, SpeechExport } from '../lib/export/word-document.ts';

export type { WordPassage, SpeechBlock } from '../lib/export/word-document.ts';

/** Passages, each followed by its citation, downloaded as `<fileName>.docx`. */
export async function downloadDocx(options: PassagesExport & { fileName: string }): Promise<void> {
  const { passagesDocument, toBlob } = await import('../lib/export/word-document.ts');
  save(await toBlob(passagesDocument(options)), options.fileName);
}

/** A whole speech (title, byline, headings, paragraphs with their anchors, the citation), as `<fileName>.docx`. */
export async function downloadSpeechDocx(options: SpeechExport & { fileName: string }): Promise<void> {
  const { speechDocument, toBlob } = await import('../lib/export/word-document.ts');
  save(await toBlob(speechDocument(options)), options.fileName);
}

/**
 * Wires a 下载 Word button: on a click it is disabled while `make` builds and saves the
 * file, and `status` says what is happening, then what happened (`make`'s message, or
 * why it failed).
 */
export function onDownload(button: HTMLButtonElement, status: HTMLElement, make: () => Promise<string>): void {
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = '正在生成 Word 文件…';
    try {
      status.textContent = await make();
    } catch (error) {
      status.textContent = `未能生成 Word 文件：${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  });
}

/** A file name Windows, macOS and Linux all accept, with `.docx`. */
export function docxFileName(name: string): string {
  const safe =
    name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .trim()
      .slice(0, 120) || '讲话稿';
  return safe.endsWith('.docx') ? safe : `${safe}.docx`;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = docxFileName(fileName);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; free it a little later for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
