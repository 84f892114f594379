/**
 * npm run eval:ingest [-- --json out.json] [--only <text>] [--verbose] [--cleaner <path> | --at <rev>] [--compare old.json]
 *
 *   --json <file>     also write all figures and per-item results to <file>
 *   --only <text>     only the items whose id contains <text>
 *   --verbose         list every noise line kept and every sentence lost
 *   --cleaner <path>  measure another copy of src/lib/ingest/index.ts
 *   --at <rev>        measure the cleaner as committed at <rev> (HEAD, a hash, a
 *                     branch): its src/ is exported with `git archive` to a temp folder
 *   --compare <file>  also list what changed against an earlier --json file: items
 *                     a field became right or wrong in, and speech newly lost or found
 *   --held-out        also list the misses, kept noise and lost speech of the held-out
 *                     items (ids starting `held`: `held-…`, `held4-…`, `held5-…`, `held6-…`, `held7-…`, `held8-…`, `held9-…`, `held10-…`); by default only their
 *                     figures are printed (a column per group), so that rules are not tuned on them
 *
 * Runs ingestText on every item of the hand-labelled set in
 * tests/fixtures/ingest-eval/ and prints how often each field is right, how
 * many labelled noise lines the cleaner removed, and how many characters of
 * labelled speech text it lost. A measurement: the exit code is 0 whatever the
 * figures (1 only when a label cannot be read). Methods: the set's README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Speech } from '../src/lib/ingest/index.ts';
import { listItemIds, loadItem } from './lib/eval/labels.ts';
import type { EvalItem } from './lib/eval/labels.ts';
import { FIELDS, scoreItem } from './lib/eval/score.ts';
import type { Field, ItemScore } from './lib/eval/score.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const jsonOut = opt('--json');
const only = opt('--only');
const verbose = args.includes('--verbose') || args.includes('-v');
const at = opt('--at');
const showHeldOut = args.includes('--held-out');
/**
 * Held-out items (ids starting `held`): labelled before tuning, measured, never tuned on
 * (README of the set). Each session's group has its own prefix (`held-`, `held4-`, `held5-`, `held6-`, `held7-`, `held8-`, `held9-`, `held10-`) and column,
 * found from the ids (a new group needs no change here); the columns are in numeric order (held9- before held10-).
 */
const isHeldOut = (id: string): boolean => id.startsWith('held');
const heldGroup = (id: string): string => id.slice(0, id.indexOf('-') + 1);

/** src/ of the commit `rev`, exported to a temp folder that sees this checkout's node_modules. */
function exportCleaner(rev: string): string {
  const root = resolve(import.meta.dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'eval-ingest-'));
  execFileSync('sh', ['-c', 'git archive "$1" src | tar -x -C "$2"', 'sh', rev, dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'src/lib/ingest/index.ts');
}
const cleaner = at ? exportCleaner(at) : opt('--cleaner');
if (cleaner) console.log(`cleaner: ${at ? `${at} (${cleaner})` : cleaner}`);
const { ingestText } = (await import(
  cleaner ? pathToFileURL(resolve(cleaner)).href : '../src/lib/ingest/index.ts'
)) as typeof import('../src/lib/ingest/index.ts');

const items: EvalItem[] = [];
const skipped: string[] = [];
const broken: string[] = [];
for (const id of listItemIds()) {
  if (only && !id.includes(only)) continue;
  try {
    const r = loadItem(id);
    if ('skipped' in r) skipped.push(r.skipped);
    else items.push(r.item);
  } catch (e) {
    broken.push(`${id}: ${(e as Error).message}`);
  }
}

/** The ingest report's "To check" list, from the same src/ as the cleaner (absent before it existed). */
const toCheckPath = cleaner ? join(dirname(resolve(cleaner)), '../report/to-check.ts') : '../src/lib/report/to-check.ts';
const toCheck = (await import(cleaner ? pathToFileURL(toCheckPath).href : toCheckPath).catch(() => null)) as
  | typeof import('../src/lib/report/to-check.ts')
  | null;
/** Ids of the items the report would list to check. */
const listedToCheck = new Set<string>();
const scores: ItemScore[] = items.map((item) => {
  let s: Speech | Error;
  try {
    s = ingestText(item.raw, `${item.id}.txt`);
  } catch (e) {
    s = e instanceof Error ? e : new Error(String(e));
  }
  if (!(s instanceof Error) && toCheck?.toCheck(s).length) listedToCheck.add(item.id);
  return scoreItem(item, s);
});

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const cut = (s: string, n = 70): string => {
  const c = [...s.replace(/\s+/g, ' ')];
  return c.length > n ? `${c.slice(0, n).join('')}…` : c.join('');
};
const LABEL: Record<Field, string> = {
  title: 'title',
  speaker: 'speaker',
  date: 'date or year',
  campaign: 'campaign',
  bodyStart: 'body start',
  bodyEnd: 'body end',
};

const fieldRight = Object.fromEntries(FIELDS.map((f) => [f, scores.filter((s) => s.right[f]).length])) as Record<Field, number>;
const sum = (f: (s: ItemScore) => number) => scores.reduce((n, s) => n + f(s), 0);
const noise = { total: sum((s) => s.noise.total), removed: sum((s) => s.noise.removed) };
const inline = { total: sum((s) => s.inline.total), removed: sum((s) => s.inline.removed) };
const speech = {
  chars: sum((s) => s.speech.chars),
  lost: sum((s) => s.speech.lost),
  sentences: sum((s) => s.speech.sentences),
  lostSentences: sum((s) => s.speech.lostSentences.length),
};
const byKind = (['corpus', 'seed', 'assembled'] as const).map((k) => [k, scores.filter((s) => s.kind === k).length] as const);

const out: string[] = [];
out.push(
  `ingest eval: ${scores.length} items (${byKind.map(([k, n]) => `${n} ${k}`).join(', ')})${skipped.length ? `, ${skipped.length} skipped` : ''}`,
);
if (skipped.length) out.push(`  skipped: ${skipped[0]}${skipped.length > 1 ? ` (and ${skipped.length - 1} more like it)` : ''}`);
if (broken.length)
  out.push(
    `  ${broken.length} labels could not be read (not measured; npx vitest run tests/unit/eval-ingest.test.ts says more):`,
    ...broken.map((b) => `    ${b}`),
  );
const errors = scores.filter((s) => s.error);
if (errors.length)
  out.push(`  ${errors.length} items made the cleaner throw: ${errors.map((e) => `${e.id} (${cut(e.error ?? '', 80)})`).join('; ')}`);
out.push('');
// One row per measure: all items, then each kind (the corpus is what the cleaner was built on;
// assembled pages stand for pages it has not seen).
const kinds = ['corpus', 'seed', 'assembled'] as const;
const groups: [string, ItemScore[]][] = [
  ['all', scores],
  ['tuned', scores.filter((s) => !isHeldOut(s.id))],
  ...kinds.map((k) => [k, scores.filter((s) => s.kind === k)] as [string, ItemScore[]]),
  ...[...new Set(scores.filter((s) => isHeldOut(s.id)).map((s) => heldGroup(s.id)))]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((g) => [g, scores.filter((s) => heldGroup(s.id) === g)] as [string, ItemScore[]]),
];
const cell = (a: number, b: number): string => `${a}/${b} ${pct(a, b)}`.padStart(20);
out.push(`${'measure'.padEnd(26)}${groups.map(([g, ss]) => `${g} (${ss.length})`.padStart(20)).join('')}`);
for (const f of FIELDS)
  out.push(`${LABEL[f].padEnd(26)}${groups.map(([, ss]) => cell(ss.filter((s) => s.right[f]).length, ss.length)).join('')}`);
const tally = (ss: ItemScore[], f: (s: ItemScore) => number) => ss.reduce((n, s) => n + f(s), 0);
/** A row of `part / whole` summed over each group's items. */
const ratioRow = (label: string, part: (s: ItemScore) => number, whole: (s: ItemScore) => number) =>
  `${label.padEnd(26)}${groups.map(([, ss]) => cell(tally(ss, part), tally(ss, whole))).join('')}`;
out.push(
  ratioRow(
    'noise lines removed',
    (s) => s.noise.removed,
    (s) => s.noise.total,
  ),
  ratioRow(
    'noise inside lines removed',
    (s) => s.inline.removed,
    (s) => s.inline.total,
  ),
  ratioRow(
    'paragraphs whole',
    (s) => s.paragraphs?.whole ?? 0,
    (s) => s.paragraphs?.total ?? 0,
  ),
  ratioRow(
    'speech chars lost',
    (s) => s.speech.lost,
    (s) => s.speech.chars,
  ),
);
out.push(`(speech lost: ${speech.lostSentences} of ${speech.sentences} sentences, in ${scores.filter((s) => s.speech.lost).length} items)`);
// The ingest report's "To check" list as a warning: of the items the cleaner got a title, speaker,
// date or body bound wrong, how many it listed; of those it got all right, how many it listed anyway.
if (toCheck) {
  const wrong = (s: ItemScore): boolean => (['title', 'speaker', 'date', 'bodyStart', 'bodyEnd'] as Field[]).some((f) => !s.right[f]);
  const listedRow = (label: string, pick: (s: ItemScore) => boolean) =>
    `${label.padEnd(26)}${groups
      .map(([, ss]) => {
        const set = ss.filter(pick);
        return cell(set.filter((s) => listedToCheck.has(s.id)).length, set.length);
      })
      .join('')}`;
  out.push(
    '',
    'listed "to check" in the ingest report (src/lib/report/to-check.ts):',
    listedRow('items with a miss', wrong),
    listedRow('items with no miss', (s) => !wrong(s)),
  );
}
out.push('');
// The lists below are what rules get tuned on: the held-out items stay out of them unless asked.
const listed = showHeldOut ? scores : scores.filter((s) => !isHeldOut(s.id));
const hidden = scores.length - listed.length;
if (hidden) out.push(`(the ${hidden} held-out items are counted above but not listed below; --held-out lists them)`, '');
for (const f of FIELDS) {
  const misses = listed.flatMap((s) => s.misses.filter((m) => m.field === f).map((m) => ({ id: s.id, ...m })));
  if (!misses.length) continue;
  out.push(`${LABEL[f]} misses (${misses.length}):`);
  for (const m of misses) out.push(`  ${m.id}: expected ${cut(m.expected, 50)} | got ${cut(m.got, 60)}`);
}
const keptBy = listed.filter((s) => s.noise.kept.length || s.inline.kept.length);
if (keptBy.length) {
  out.push(`noise kept, by item${verbose ? '' : ' (--verbose lists the lines)'}:`);
  for (const s of keptBy) {
    out.push(
      `  ${s.id}: ${s.noise.kept.length} of ${s.noise.total} lines kept${s.inline.total ? `, ${s.inline.kept.length} of ${s.inline.total} inline` : ''}`,
    );
    if (verbose) for (const k of [...s.noise.kept, ...s.inline.kept]) out.push(`      ${k.line}: ${cut(k.text, 60)}`);
  }
}
const lostBy = listed.filter((s) => s.speech.lost);
if (lostBy.length) {
  out.push('speech lost, by item:');
  for (const s of lostBy) {
    out.push(`  ${s.id}: ${s.speech.lost} chars, ${s.speech.lostSentences.length || 'all'} sentences`);
    for (const t of s.speech.lostSentences.slice(0, verbose ? 50 : 3)) out.push(`      ${cut(t, 60)}`);
  }
}
const compareWith = opt('--compare');
if (compareWith) {
  const before = JSON.parse(readFileSync(resolve(compareWith), 'utf8')) as { scores: ItemScore[] };
  const old = new Map(before.scores.map((s) => [s.id, s]));
  out.push('', `changes against ${compareWith}:`);
  let changes = 0;
  for (const s of listed) {
    const o = old.get(s.id);
    if (!o) {
      out.push(`  ${s.id}: new item`);
      continue;
    }
    const won = FIELDS.filter((f) => s.right[f] && !o.right[f]);
    const lost = FIELDS.filter((f) => !s.right[f] && o.right[f]);
    const noise = s.noise.removed - o.noise.removed;
    const speechDelta = s.speech.lost - o.speech.lost;
    if (!won.length && !lost.length && !noise && !speechDelta) continue;
    changes++;
    const parts = [
      ...(won.length ? [`now right: ${won.map((f) => LABEL[f]).join(', ')}`] : []),
      ...(lost.length ? [`NOW WRONG: ${lost.map((f) => LABEL[f]).join(', ')}`] : []),
      ...(noise ? [`noise removed ${noise > 0 ? '+' : ''}${noise}`] : []),
      ...(speechDelta ? [`speech lost ${speechDelta > 0 ? '+' : ''}${speechDelta} chars`] : []),
    ];
    out.push(`  ${s.id}: ${parts.join('; ')}`);
  }
  if (!changes) out.push('  none');
}
console.log(out.join('\n'));

if (jsonOut) {
  const path = resolve(jsonOut);
  mkdirSync(dirname(path), { recursive: true });
  const summary = {
    items: scores.length,
    skipped,
    fields: Object.fromEntries(FIELDS.map((f) => [f, { right: fieldRight[f], of: scores.length }])),
    noise,
    inline,
    speech,
    scores,
  };
  writeFileSync(path, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nfigures written to ${path}`);
}
