// A text with no title line that gives none itself keeps its file name as the title, but says
// so: `untitled` on the speech, the title note's reason, `untitled` in the public catalog
// (speeches.json) and no 推断 claim for the title there. Text written for the tests; each test
// failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { catalogEntry } from '../../src/lib/pages/catalog.ts';
import { reportMarkdown, summarise } from '../../src/lib/report/ingest-report.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';

const TEXT = '大家好！这一年来，各位辛苦了。希望大家继续努力，把各项工作做得更好。祝大家新春快乐！';

describe('a text with no title line and no title of its own', () => {
  it('is marked untitled: the file name stands in, and the title note says there was no title line', () => {
    const s = ingestText(TEXT, '2021-02-10_1.txt');
    expect(s.title).toBe('2021-02-10_1');
    expect(s.untitled).toBe(true);
    const note = s.notes.find((n) => n.field === 'title')!;
    expect(note.reason).toMatch(/no title line/);
    expect(note.reason).toMatch(/file name stands in/);
  });

  it('a text with a title line is not marked', () => {
    const s = ingestText(`在全县春节团拜会上的讲话\n${TEXT}`, '2021-02-10_1.txt');
    expect(s.title).toBe('在全县春节团拜会上的讲话');
    expect(s.untitled).toBeUndefined();
  });

  it('speeches.json says untitled and does not list the title as inferred', () => {
    const s = ingestText(TEXT, '2021-02-10_1.txt');
    const entry = catalogEntry({ ...s, slug: 'x', duplicates: [] } as unknown as SpeechEntry, '/');
    expect(entry.untitled).toBe(true);
    expect(entry.inferred).not.toContain('title');
    const titled = catalogEntry({ ...ingestText(`在全县春节团拜会上的讲话\n${TEXT}`, 'a.txt'), slug: 'y' } as unknown as SpeechEntry, '/');
    expect(titled.untitled).toBe(false);
  });

  it('the ingest report says there was no title: in the summary and at the speech', () => {
    const s = { ...ingestText(TEXT, '2021-02-10_1.txt'), slug: 'x' };
    const titled = { ...ingestText(`在全县春节团拜会上的讲话\n${TEXT}`, 'a.txt'), slug: 'y' };
    const input = { speeches: [s, titled], failures: [], reused: 0, duplicates: [] };
    expect(summarise(input)).toContain('1 with no title (file name stands in)');
    expect(reportMarkdown(input)).toContain('**2021-02-10_1** (no title in the text: the file name stands in)');
    expect(reportMarkdown(input)).toContain('**在全县春节团拜会上的讲话**\n');
  });
});
