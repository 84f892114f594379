// Bad input that must stop with a clear message naming the file and what to do: raw files
// the format readers cannot read (src/lib/ingest/formats/index.ts) and glossary entries
// that contradict themselves (src/lib/concepts/glossary.ts). Also a passage's citation
// (src/lib/pages/citation.ts), which leaves out what is unknown rather than guessing it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryProblems, type GlossaryEntry } from '../../src/lib/concepts/glossary.ts';
import { readRawFile } from '../../src/lib/ingest/formats/index.ts';
import { IngestError } from '../../src/lib/ingest/index.ts';
import { citation } from '../../src/lib/pages/citation.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const FORMATS = join(import.meta.dirname, '../fixtures/formats');

async function readError(bytes: Uint8Array, name: string): Promise<IngestError> {
  try {
    await readRawFile(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error(`${name} was read`);
}

describe('raw files that cannot be read', () => {
  it("a damaged Word file: named, with the reader's reason and what to do", async () => {
    // A real .docx cut short: the zip's central directory is gone.
    const whole = readFileSync(join(FORMATS, 'speech.docx'));
    const e = await readError(whole.subarray(0, whole.length >> 1), '讲话.docx');
    expect(e.source).toBe('讲话.docx');
    expect(e.problem).toMatch(/Word|docx/);
    expect(e.message).toContain('讲话.docx');
    expect(e.hint.length).toBeGreaterThan(10);
  });

  it('a ZIP file that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('speech.txt', loadSeed('000').raw);
    const e = await readError(await zip.generateAsync({ type: 'uint8array' }), '讲话.docx');
    expect(e.problem).toBe('is a ZIP file but not a Word .docx document (it has no word/document.xml)');
  });

  it("a text file given a PDF's name", async () => {
    const e = await readError(new TextEncoder().encode(loadSeed('000').raw), '讲话.pdf');
    expect(e.problem).toMatch(/PDF|pdf/);
    expect(e.message).toContain('讲话.pdf');
  });

  it('a format the archive does not read, and an empty file', async () => {
    const odd = await readError(new Uint8Array([1, 2, 3]), '讲话.pages');
    expect(odd.problem).toBe('is not a format the archive reads');
    expect(odd.hint).toContain('.txt');
    const empty = await readError(new Uint8Array(), '讲话.docx');
    expect(empty.problem).toBe('is empty (0 bytes)');
  });
});

describe('glossary entries that contradict themselves', () => {
  const entry = (slug: string, term: string, extra: Partial<GlossaryEntry['data']> = {}): GlossaryEntry => ({
    slug,
    file: `content/concepts/${slug}.mdx`,
    data: { term, variants: [], definition: `${term}的定义。`, content: [], category: '作风建设', related: [], senses: [], ...extra },
  });

  it('an entry related to itself', () => {
    expect(glossaryProblems([entry('si-feng', '四风', { related: ['四风'] })])).toEqual([
      'content/concepts/si-feng.mdx: lists itself as related. Remove “四风” from `related`.',
    ]);
  });

  it('a sense for a wording the entry does not have', () => {
    const sense = { wording: '四风问题', require: [], reject: [] } as unknown as GlossaryEntry['data']['senses'][number];
    const problems = glossaryProblems([entry('si-feng', '四风', { variants: ['“四风”'], senses: [sense] })]);
    expect(problems).toEqual([
      'content/concepts/si-feng.mdx: a sense is for “四风问题”, which is neither the term nor a variant. Use one of: 四风、“四风”.',
    ]);
  });
});

describe("a passage's citation", () => {
  const text = '  要一鼓作气、精准发力，推动第二批主题教育往深里走、往实里落。 ';
  it('passage, then speaker, title, date and address', () => {
    expect(
      citation(text, {
        speaker: '龚夏梅',
        title: '在全市第二批主题教育工作推进会上的讲话',
        date: '2019年11月12日',
        url: 'https://example.org/speeches/a/#p3',
      }),
    ).toBe(
      '要一鼓作气、精准发力，推动第二批主题教育往深里走、往实里落。\n——龚夏梅《在全市第二批主题教育工作推进会上的讲话》（2019年11月12日），https://example.org/speeches/a/#p3',
    );
  });
  it('unknown speaker and date left out', () => {
    expect(citation(text, { title: '讲话', url: '/s/#p1' })).toBe(
      '要一鼓作气、精准发力，推动第二批主题教育往深里走、往实里落。\n——《讲话》，/s/#p1',
    );
  });
});
