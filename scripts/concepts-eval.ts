/**
 * `npm run eval:concepts [-- --corpus DIR] [--fixture FILE]`: precision of the glossary
 * links per entry and overall on the hand-labelled sample, and recall on the seeds
 * (right-sense occurrences outside headings). Exits 1 when a target is missed:
 * precision ≥ 98 % overall and ≥ 90 % per entry, recall on the seeds 100 %.
 * Without the corpus only the seed occurrences are scored.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glossaryMatcher } from '../src/lib/concepts/glossary.ts';
import { readGlossary } from './lib/glossary-files.ts';
import { evaluate, readEvalText, readFixture, textKey, type EvalText } from './lib/concepts-eval.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    seeds: { type: 'string', default: 'content/raw' },
    fixture: { type: 'string', default: 'tests/fixtures/concepts-eval/occurrences.jsonl' },
  },
});
const corpus = resolve(values.corpus!);
const fixture = readFixture(values.fixture!);
const glossary = readGlossary();
const matcher = glossaryMatcher(glossary);

const texts = new Map<string, EvalText>();
if (!existsSync(corpus)) console.log(`No corpus at ${corpus}: scoring the seed occurrences only.\n`);
for (const o of fixture) {
  const key = textKey(o.from, o.file);
  if (texts.has(key)) continue;
  const path = o.from === 'seed' ? join(values.seeds!, o.file) : join(corpus, o.file);
  if (!existsSync(path)) continue;
  const t = readEvalText(path, o.from, o.file);
  if (t) texts.set(key, t);
}

const r = evaluate(
  fixture,
  texts,
  matcher,
  glossary.map((e) => e.slug),
);
const pct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);
const termOf = new Map(glossary.map((e) => [e.slug, e.data.term]));
console.log('| entry | labelled | linked | right among linked | precision |');
console.log('|---|---|---|---|---|');
for (const e of [...r.entries].sort((a, b) => (a.precision ?? 2) - (b.precision ?? 2) || b.labelled - a.labelled)) {
  console.log(`| ${termOf.get(e.slug)} | ${e.labelled} | ${e.linked} | ${e.linkedRight} | ${pct(e.precision)} |`);
}
const unrepresented = r.entries.filter((e) => e.labelled === 0).map((e) => termOf.get(e.slug));
const labelled = r.entries.reduce((n, e) => n + e.labelled, 0);
console.log(
  `\n${labelled} labelled occurrences in ${texts.size} texts; ${glossary.length} entries, ${glossary.length - unrepresented.length} represented.`,
);
if (unrepresented.length) console.log(`Not represented (no occurrence in the seeds or the corpus): ${unrepresented.join('、')}`);
console.log(`Precision overall: ${pct(r.precision)} (${r.linkedRight} of ${r.linked} links right).`);
console.log(
  `Recall on the seeds outside headings: ${pct(r.seedRight ? r.seedFound / r.seedRight : undefined)} (${r.seedFound} of ${r.seedRight}).`,
);
for (const o of r.falseLinks) console.log(`  wrong link: ${o.file}@${o.offset} ${o.wording} → ${o.slug}: ${o.snippet}`);
for (const o of r.missed) console.log(`  missed on a seed: ${o.file}@${o.offset} ${o.wording} → ${o.slug}: ${o.snippet}`);
for (const p of r.problems) console.log(`  fixture problem: ${p}`);

const failing = r.entries.filter((e) => e.precision !== undefined && e.precision < 0.9);
const ok = r.problems.length === 0 && (r.precision ?? 1) >= 0.98 && failing.length === 0 && r.seedFound === r.seedRight;
console.log(
  ok
    ? '\nTargets met.'
    : `\nTargets missed${failing.length ? ` (entries under 90 %: ${failing.map((e) => termOf.get(e.slug)).join('、')})` : ''}.`,
);
process.exitCode = ok ? 0 : 1;
