// The ingest report (src/lib/report/ingest-report.ts), written outside dist/ for editors:
// built from the real seeds (content/raw/), a copy of one of them and a bad file, it
// counts what it should, names the bad file with its line, problem and remedy, and lists
// every removal, repair and field note of every speech, with text that would break a
// Markdown table cell escaped.
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/lib/ingest/duplicates.ts';
import { type IngestError, ingestText } from '../../src/lib/ingest/index.ts';
import { reportJson, reportMarkdown, summarise, type ReportInput } from '../../src/lib/report/ingest-report.ts';
import { toCheck } from '../../src/lib/report/to-check.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const seeds = ['000', '001', '002', '003', '004'].map((p, i) => ({ ...loadSeed(p).speech, slug: `seed-${i}` }));
const copy = { ...ingestText(loadSeed('000').raw, '900_copy.txt'), slug: 'seed-0-copy' };
const speeches = [...seeds, copy];
const bad = (() => {
  try {
    ingestText('---\ntitle: 空文件\n---\n\n', '901_empty.txt');
  } catch (e) {
    return e as IngestError;
  }
  throw new Error('an empty speech was accepted');
})();
const input: ReportInput = { speeches, failures: [bad], reused: 2, duplicates: findDuplicates(speeches) };

describe('the ingest report', () => {
  it('summarises the counts of the run', () => {
    const removals = speeches.reduce((n, s) => n + s.removed.length, 0);
    const repairs = speeches.reduce((n, s) => n + s.repairs.length, 0);
    expect(removals).toBeGreaterThan(0);
    expect(speeches.filter((s) => toCheck(s).length).length).toBeGreaterThan(0);
    expect(summarise(input)).toBe(
      `6 speeches (4 ingested, 2 unchanged), ${removals} noise removals, ${repairs} repairs, ` +
        `${speeches.reduce((n, s) => n + s.notes.filter((x) => x.how === 'inferred').length, 0)} inferred fields, 1 bad files, 1 duplicates, ` +
        `${speeches.filter((s) => toCheck(s).length).length} to check`,
    );
  });

  it('as JSON: the bad file with its problem and remedy, the duplicate, each speech with its notes and removals', () => {
    const json = JSON.parse(reportJson(input));
    expect(json.summary).toBe(summarise(input));
    expect(json.failures).toEqual([{ source: '901_empty.txt', line: null, problem: bad.problem, hint: bad.hint }]);
    expect(bad.problem).toContain('empty');
    expect(json.duplicates).toEqual([expect.objectContaining({ a: seeds[0]!.source, b: '900_copy.txt', kind: 'same' })]);
    expect(json.speeches).toHaveLength(6);
    const first = json.speeches.find((s: { slug: string }) => s.slug === 'seed-0');
    expect(first.title).toBe(seeds[0]!.title);
    expect(first.removed).toEqual(seeds[0]!.removed);
    expect(first.fields).toEqual(seeds[0]!.notes);
  });

  it('as Markdown: sections for bad files, duplicates and every speech, each removal on its line', () => {
    const md = reportMarkdown(input);
    expect(md.startsWith(`# Ingest report\n\n${summarise(input)}\n`)).toBe(true);
    expect(md).toContain(`## Bad files\n\n- ${bad.message}`);
    expect(bad.message).toContain('901_empty.txt');
    expect(md).toContain(`## Duplicates\n\n- ${seeds[0]!.source} ~ 900_copy.txt: same, 100% alike`);
    for (const s of speeches) {
      expect(md).toContain(`## ${s.source} → ${s.slug}\n\n**${s.title}**`);
      expect(md).toContain(`Removed (${s.removed.length}):`);
      for (const r of s.removed) expect(md).toContain(`- line ${r.line}, ${r.reason}: `);
      for (const r of s.repairs) expect(md).toContain(`- line ${r.line}, ${r.kind}: ${r.detail}`);
    }
    // Seed 003's copyright footer is reported as written.
    expect(md).toMatch(/- line 1, copyright-footer: `© Copyright 2001-2020 fzacc\.com All Rights Reserved\./);
  });

  it('keeps a table cell in one piece: bars escaped, line breaks and backquotes shown as marks', () => {
    const s = { ...seeds[0]!, notes: [{ field: 'title' as const, how: 'read' as const, evidence: '甲|乙\n丙`丁', line: 2 }] };
    const md = reportMarkdown({ speeches: [s], failures: [], reused: 0, duplicates: [] });
    expect(md).toContain('| title | read | `甲\\|乙⏎丙ˋ丁` | 2 |  |');
    expect(md).not.toContain('## Bad files');
    expect(md).not.toContain('## Duplicates');
  });
});
