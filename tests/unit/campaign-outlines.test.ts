/** The columns and rows of a campaign's outline comparison, from the bundled speeches. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import { campaignOutlines, hasOutlinesToCompare } from '../../src/lib/pages/campaign-outlines.ts';
import { topLevel } from '../../src/lib/annotate/outline-align.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';

const dir = 'content/raw';
const speeches: SpeechEntry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f, i) => ({ ...ingestText(decodeRaw(readFileSync(join(dir, f)), f), f), slug: `s${i}` }));
const outlined = speeches.filter((s) => topLevel(s.outline).length > 0);

describe('campaignOutlines', () => {
  it('makes one column per outlined speech, by occasion (most common first) then date, undated last', () => {
    const twice = outlined.map((s, i) => ({
      ...s,
      slug: `x${i}`,
      occasion: i % 2 ? '推进会' : '动员会',
      date: i < 2 ? null : s.date,
      year: i < 2 ? null : s.year,
    }));
    const extra = { ...twice[0]!, slug: 'y', occasion: '推进会', date: '2001-01-01', year: 2001 };
    const { columns, withoutParts, notShown } = campaignOutlines([...twice, extra, ...speeches.filter((s) => !outlined.includes(s))]);
    expect(notShown).toBe(0);
    expect(withoutParts.map((s) => s.slug)).toEqual(speeches.filter((s) => !outlined.includes(s)).map((s) => s.slug));
    const occasions = columns.map((c) => c.occasion);
    const first = occasions[0]!;
    expect(occasions.filter((o) => o === first).length).toBeGreaterThanOrEqual(occasions.filter((o) => o !== first).length);
    expect(occasions).toEqual([...occasions].sort((a, b) => Number(a !== first) - Number(b !== first)));
    for (const occasion of new Set(occasions)) {
      const dates = columns.filter((c) => c.occasion === occasion).map((c) => c.date);
      const known = dates.filter((d) => d !== '日期不详');
      expect(dates).toEqual([...known, ...dates.filter((d) => d === '日期不详')]);
    }
  });

  it('shows the newest columns only, and says how many it left out', () => {
    const { columns, notShown, rows } = campaignOutlines(outlined, 2);
    expect(columns).toHaveLength(2);
    expect(notShown).toBe(outlined.length - 2);
    for (const [c, col] of columns.entries()) expect(rows.map((r) => r.cells[c]).filter(Boolean)).toEqual(col.parts);
  });

  it('compares only when two speeches have parts', () => {
    expect(hasOutlinesToCompare(outlined.slice(0, 1))).toBe(false);
    expect(hasOutlinesToCompare(outlined.slice(0, 2))).toBe(true);
  });
});
