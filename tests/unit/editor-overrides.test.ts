// Front matter an editor puts on a real speech (seed 000, content/raw/): the cases
// tests/unit/ingest-front-matter.test.ts leaves out — an empty block, a date cleared,
// values that are not text, a year that contradicts the date, a list instead of
// key: value lines. Each error names the file, the raw line and what to write instead.
import { describe, expect, it } from 'vitest';
import { IngestError, ingestText } from '../../src/lib/ingest/index.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const seed = loadSeed('000');
const withFront = (yaml: string) => `---\n${yaml}${yaml ? '\n' : ''}---\n${seed.raw}`;
const note = (s: ReturnType<typeof ingestText>, field: string) => s.notes.filter((n) => n.field === field);

function ingestError(raw: string): IngestError {
  try {
    ingestText(raw, seed.file);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('no IngestError');
}

describe('front matter an editor writes', () => {
  it('an empty block changes nothing but the line numbers', () => {
    const s = ingestText(withFront(''), seed.file);
    expect([s.title, s.speaker, s.date]).toEqual([seed.speech.title, seed.speech.speaker, seed.speech.date]);
    expect(s.blocks.map((b) => b.text)).toEqual(seed.speech.blocks.map((b) => b.text));
    expect(s.blocks[0]!.line).toBe(seed.speech.blocks[0]!.line + 2);
  });

  it("date: null clears the dateline's date; the year then stands only on inferred evidence, never on the cleared date", () => {
    const s = ingestText(withFront('date: null'), seed.file);
    expect(s.date).toBeNull();
    expect(note(s, 'date')).toEqual([expect.objectContaining({ how: 'override', line: 2 })]);
    // The cleared date's year is not read back from the dateline: 2019 comes from the
    // speech's own words (a campaign that ran that year only), marked inferred.
    expect(s.year).toBe(2019);
    expect(note(s, 'year')).toEqual([expect.objectContaining({ how: 'inferred' })]);
    expect(note(s, 'year')[0]!.evidence).not.toContain('2019年11月12日');
  });

  it("a year that contradicts the date: the year's line and both remedies", () => {
    const e = ingestError(withFront('date: 2019-11-12\nyear: 2018'));
    expect(e.line).toBe(3);
    expect(e.problem).toBe('front matter year 2018 does not match date 2019-11-12');
    expect(e.hint).toMatch(/remove year/);
    expect(e.message).toContain(`${seed.file}:3`);
  });

  it('a list where text belongs, and an empty title', () => {
    const list = ingestError(withFront('title: 讲话\nspeaker: [龚夏梅, 王某]'));
    expect([list.line, list.problem]).toEqual([3, 'front matter speaker must be text']);
    expect(list.hint).toContain('speaker:');
    const empty = ingestError(withFront('title:'));
    expect([empty.line, empty.problem]).toEqual([2, 'front matter title is empty']);
  });

  it('a YAML list instead of key: value lines', () => {
    const e = ingestError(withFront('- title\n- speaker'));
    expect(e.line).toBe(2);
    expect(e.problem).toBe('front matter is not a list of key: value lines');
    expect(e.hint).toContain('title');
  });
});
