/**
 * The per-speech steps of a one-file rebuild at N speeches, in Node, CPU time (main thread
 * and V8's helpers, process.cpuUsage), old way against new way, in turn, several rounds:
 * the duplicate check over every speech against the check since the last one, and the
 * search filters' concepts matched in every speech against those kept. Reads a build's
 * content store (`--cache bench/cache-N`). Used for docs/PERFORMANCE.md, session 10.
 *
 *   node scripts/rebuild-steps.ts --cache bench/cache-10000 [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readContentStore } from '../src/integrations/content-store.ts';
import { withKept } from '../src/lib/site/kept-by-key.ts';
import { glossaryMatcher } from '../src/lib/concepts/glossary.ts';
import { findDuplicates } from '../src/lib/ingest/duplicates.ts';
import { findDuplicatesSince } from '../src/lib/ingest/duplicates-since.ts';
import { conceptSlugs, searchSpeeches } from '../src/lib/search/build/search-input.ts';
import type { SpeechEntry } from '../src/lib/speech/schema.ts';
import { assignSlugs } from '../src/lib/speech/slugs.ts';
import { conceptOccurrences } from '../src/lib/concepts/occurrences.ts';

const { values } = parseArgs({ options: { cache: { type: 'string' }, rounds: { type: 'string', default: '3' } } });
if (!values.cache) throw new Error('--cache <a build cache folder> is needed');
const { speeches, speechKeys, concepts } = await readContentStore(resolve(values.cache));
const sorted = [...speeches].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
const middle = Math.floor(sorted.length / 2);
// The bench's edit: a sentence appended to the middle speech's first paragraph.
const edited = sorted.map((s, k) =>
  k === middle
    ? { ...s, blocks: s.blocks.map((b, i) => (i === 0 ? { ...b, text: `${b.text}这是为测量增量构建而追加的一句话。` } : b)) }
    : s,
);
const stamps = sorted.map((s) => s.source);
const editedStamps = stamps.map((s, k) => (k === middle ? `${s} edited` : s));

const cpu = <T>(f: () => T): [T, number] => {
  const t = process.cpuUsage();
  const out = f();
  const d = process.cpuUsage(t);
  return [out, (d.user + d.system) / 1000];
};
const fmt = (ms: number[]) => ms.map((m) => (m / 1000).toFixed(2)).join(' ');

const state = findDuplicatesSince(sorted, stamps, null).state;
const term = new Map(concepts.map((c) => [c.slug, c.data.term]));
const termOf = (slug: string) => term.get(slug) ?? slug;
const keyOf = new Map(speeches.map((s, k) => [s, speechKeys[k] ?? null]));
const keptSlugs = withKept(
  new Map(),
  (s: SpeechEntry) => keyOf.get(s) ?? null,
  (s) => conceptSlugs(s.blocks, glossaryMatcher(concepts)),
);
searchSpeeches(speeches, keptSlugs.valueFor, termOf, '/');

const rows: Record<string, number[]> = {
  'duplicates, every pair': [],
  'duplicates, since': [],
  'concepts, matched': [],
  'concepts, kept': [],
  'slugs (for scale)': [],
  'concept occurrences': [],
  'their matching alone': [],
};
for (let r = 0; r < Number(values.rounds); r++) {
  const [full] = cpu(() => findDuplicates(edited));
  rows['duplicates, every pair']!.push(cpu(() => findDuplicates(edited))[1]);
  const [since, ms] = cpu(() => findDuplicatesSince(edited, editedStamps, state));
  rows['duplicates, since']!.push(ms);
  if (JSON.stringify(since.pairs) !== JSON.stringify(full)) throw new Error('the pairs differ');
  const matcher = glossaryMatcher(concepts);
  const [a, m1] = cpu(() => searchSpeeches(speeches, matcher, termOf, '/'));
  rows['concepts, matched']!.push(m1);
  const again = withKept(
    keptSlugs.now,
    (s: SpeechEntry) => keyOf.get(s) ?? null,
    (s) => conceptSlugs(s.blocks, matcher),
  );
  const [b, m2] = cpu(() => searchSpeeches(speeches, again.valueFor, termOf, '/'));
  rows['concepts, kept']!.push(m2);
  if (JSON.stringify(a.map((s) => s.filters)) !== JSON.stringify(b.map((s) => s.filters))) throw new Error('the filters differ');
  rows['slugs (for scale)']!.push(cpu(() => assignSlugs(sorted))[1]);
  const slugs = concepts.map((c) => c.slug);
  rows['concept occurrences']!.push(cpu(() => conceptOccurrences(speeches, matcher, slugs))[1]);
  rows['their matching alone']!.push(
    cpu(() => {
      for (const s of speeches) for (const b of s.blocks) matcher.find(b.text, { year: s.year, campaign: s.campaign });
    })[1],
  );
}
console.log(`${speeches.length} speeches, CPU seconds per round:`);
for (const [name, ms] of Object.entries(rows)) console.log(`${name.padEnd(24)} ${fmt(ms)}`);
