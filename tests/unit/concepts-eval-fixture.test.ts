// The hand-labelled precision sample (tests/fixtures/concepts-eval/) is well formed: every
// line names an entry and one of its wordings, a label, and a snippet of at most 40
// characters that is still found at the offset of the text it points to (seeds always;
// corpus texts when ../shared/corpus is present). Also checks how `evaluate` scores.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/concepts/matcher.ts';
import { readGlossary } from '../../scripts/lib/glossary-files.ts';
import {
  evaluate,
  fixtureProblem,
  readEvalText,
  readFixture,
  textKey,
  type EvalText,
  type Labelled,
} from '../../scripts/lib/concepts-eval.ts';
import { CORPUS_DIR, RAW_DIR } from './fixtures/ingest-helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const fixture = readFixture(join(ROOT, 'tests/fixtures/concepts-eval/occurrences.jsonl'));
const entries = new Map(readGlossary(join(ROOT, 'content/concepts')).map((e) => [e.slug, e]));

function textsFor(list: readonly Labelled[], from: 'seed' | 'corpus'): Map<string, EvalText> {
  const texts = new Map<string, EvalText>();
  for (const o of list.filter((x) => x.from === from)) {
    const key = textKey(o.from, o.file);
    if (texts.has(key)) continue;
    const t = readEvalText(join(from === 'seed' ? RAW_DIR : CORPUS_DIR, o.file), o.from, o.file);
    if (t) texts.set(key, t);
  }
  return texts;
}

describe('the concepts precision fixture', () => {
  it('has at least 400 labelled occurrences, both labels, each for an entry and one of its wordings', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(400);
    expect(new Set(fixture.map((o) => o.label))).toEqual(new Set(['right', 'wrong']));
    for (const o of fixture) {
      const where = `${o.file}@${o.offset}`;
      expect(['seed', 'corpus'], where).toContain(o.from);
      expect(['right', 'wrong'], where).toContain(o.label);
      const e = entries.get(o.slug);
      expect(e, `${where}: entry ${o.slug}`).toBeDefined();
      expect([e!.data.term, ...e!.data.variants], where).toContain(o.wording);
      expect(o.snippet.length, where).toBeLessThanOrEqual(40);
      expect(o.snippet, where).toContain(o.wording);
      expect(Number.isInteger(o.offset) && o.offset >= 0, where).toBe(true);
    }
    const keys = fixture.map((o) => `${o.from}:${o.file}@${o.offset}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('points at the seeds: every snippet is still found at its offset', () => {
    const texts = textsFor(fixture, 'seed');
    const problems = fixture.filter((o) => o.from === 'seed').map((o) => fixtureProblem(o, texts.get(textKey(o.from, o.file))));
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it.skipIf(!existsSync(CORPUS_DIR))(
    'points at the corpus: every snippet is still found at its offset (skipped without ../shared/corpus)',
    () => {
      const texts = textsFor(fixture, 'corpus');
      const problems = fixture.filter((o) => o.from === 'corpus').map((o) => fixtureProblem(o, texts.get(textKey(o.from, o.file))));
      expect(problems.filter(Boolean)).toEqual([]);
    },
    120_000,
  );

  it('is scored as precision among links and recall on the seeds outside headings', () => {
    const seed = [...textsFor(fixture, 'seed').values()].find((t) => t.blocks.some((b) => b.heading) && t.text.includes('四风'))!;
    const heading = seed.blocks.find((b) => b.heading)!;
    const at = seed.text.indexOf('四风');
    const inHeading = seed.text.indexOf(heading.text);
    const label = (offset: number, wording: string, slug: string, l: 'right' | 'wrong'): Labelled => ({
      from: 'seed',
      file: seed.file,
      offset,
      wording,
      slug,
      label: l,
      snippet: seed.text.slice(offset, offset + wording.length),
    });
    const m = createMatcher([{ slug: 'si-feng', term: '四风', wordings: ['四风'] }]);
    const headingWord = heading.text.slice(0, 2);
    const r = evaluate(
      [label(at, '四风', 'si-feng', 'wrong'), label(inHeading, headingWord, 'h', 'right')],
      new Map([[textKey('seed', seed.file), seed]]),
      m,
      ['si-feng', 'h'],
    );
    expect(r.problems).toEqual([]);
    expect(r.linked).toBe(1);
    expect(r.precision).toBe(0);
    expect(r.falseLinks).toHaveLength(1);
    // A right-sense occurrence in a heading is not counted for recall.
    expect(r.seedRight).toBe(0);
    expect(r.entries.find((e) => e.slug === 'h')!.linked).toBe(0);
  });
});
