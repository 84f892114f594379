/**
 * Times the cross-speech computations (parallel passages, pairing, related speeches,
 * copies; src/lib/annotate/cross-speech.ts) without Astro, on the bench corpus
 * `bench/corpus-N/` (made as `npm run bench` makes it, from ../shared/corpus). The
 * speeches are ingested as the loader ingests them, given slugs, ordered newest first
 * and matched against the glossary, as src/lib/annotate/archive.ts does; the ingested
 * speeches and their concepts are kept in `bench/cross-speech-N.json` so a second run
 * times only the cross-speech step. Prints each step's time, the groups found, RSS
 * before and after, the peak RSS, and the largest amounts a speech page will show.
 *
 *   node_modules/.bin/node scripts/cross-speech-bench.ts --n 10000 [--runs 2]
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=bench/prof scripts/cross-speech-bench.ts --n 10000
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { ingestText } from '../src/lib/ingest/index.ts';
import { decodeRaw } from '../src/lib/ingest/decode.ts';
import { assignSlugs } from '../src/lib/speech/slugs.ts';
import { newestFirst } from '../src/lib/speech/order.ts';
import type { SpeechEntry } from '../src/lib/speech/schema.ts';
import { glossaryMatcher } from '../src/lib/concepts/glossary.ts';
import { conceptOccurrences } from '../src/lib/concepts/occurrences.ts';
import { crossSpeech, crossSpeechLogLine, type CrossSpeech } from '../src/lib/annotate/cross-speech.ts';
import { readGlossary } from './lib/glossary-files.ts';
import type { Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import rehypeParallels from '../src/plugins/rehype-parallels.ts';
import { displayDate } from '../src/lib/pages/format.ts';
import { makeCorpus } from './lib/bench/corpus.ts';
import { BENCH } from './lib/bench/paths.ts';

const USAGE = 'usage: node scripts/cross-speech-bench.ts --n N [--runs K]';

function parse(argv: readonly string[]): { n: number; runs: number } {
  let n = 1000;
  let runs = 1;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${flag} takes a positive whole number. ${USAGE}`);
    if (flag === '--n') n = v;
    else if (flag === '--runs') runs = v;
    else throw new Error(`unknown argument ${flag}. ${USAGE}`);
  }
  return { n, runs };
}

interface Prepared {
  speeches: SpeechEntry[];
  /** Concept terms by slug, as archive.ts passes them. */
  concepts: Record<string, string[]>;
}

/** The speeches of bench/corpus-N as the site has them, newest first, with the concept terms each uses. */
export async function prepare(n: number, log: (line: string) => void = console.log): Promise<Prepared> {
  const cache = resolve(BENCH, `cross-speech-${n}.json`);
  const { dir } = await makeCorpus(n, log);
  if (existsSync(cache)) {
    log(`speeches: reused ${cache}`);
    return JSON.parse(readFileSync(cache, 'utf8')) as Prepared;
  }
  const started = performance.now();
  const ingested = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ingestText(decodeRaw(readFileSync(join(dir, f)), f), f));
  const slugs = assignSlugs(ingested);
  const speeches = newestFirst(ingested.map((s) => ({ ...s, slug: slugs.get(s.source)! }) as SpeechEntry));
  log(`speeches: ingested ${speeches.length} in ${Math.round(performance.now() - started)} ms`);
  const glossary = readGlossary();
  const t = performance.now();
  const stats = conceptOccurrences(
    speeches,
    glossaryMatcher(glossary),
    glossary.map((g) => g.slug),
  );
  const counted = new Map<string, { term: string; n: number }[]>();
  for (const g of glossary) {
    for (const { speech, lines } of stats.get(g.slug)!.passages)
      counted.set(speech.slug, [...(counted.get(speech.slug) ?? []), { term: g.data.term, n: lines.length }]);
  }
  const concepts: Record<string, string[]> = {};
  for (const [slug, list] of counted) concepts[slug] = list.sort((a, b) => b.n - a.n).map((c) => c.term);
  log(`concepts: matched in ${Math.round(performance.now() - t)} ms`);
  const prepared = { speeches, concepts };
  writeFileSync(cache, JSON.stringify(prepared));
  return prepared;
}

/** The notes a speech page carries after its paragraphs, as HTML (the page's own plugin, with URLs as the site makes them at base `/`). */
function notesHtml(speech: SpeechEntry, cross: CrossSpeech): string {
  const paragraphs = speech.blocks.filter((b) => b.kind === 'paragraph');
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((_b, i) => ({ type: 'element', tagName: 'p', properties: { id: `p${i + 1}` }, children: [] })),
  };
  rehypeParallels({
    parallels: cross.parallels.bySpeech.get(speech.slug) ?? [],
    href: (p) => `/speeches/${p.slug}/#p${p.paragraph}`,
    all: (sentence) => `/search/?q=${encodeURIComponent(sentence.replace(/[。！？；!?;”’」』）)]+$/u, ''))}`,
    date: (p) => displayDate(p),
  })(tree);
  return unified().use(rehypeStringify).stringify(tree);
}

/** The speeches whose notes weigh most (of the 20 with most notes and the 20 longest): bytes of notes and of text. */
function heaviestPages(speeches: readonly SpeechEntry[], cross: CrossSpeech): string[] {
  const notes = (s: SpeechEntry) => cross.parallels.bySpeech.get(s.slug)?.length ?? 0;
  const pick = new Set([
    ...[...speeches].sort((a, b) => notes(b) - notes(a)).slice(0, 20),
    ...[...speeches].sort((a, b) => b.chars - a.chars).slice(0, 20),
  ]);
  return [...pick]
    .map((s) => ({ s, notes: Buffer.byteLength(notesHtml(s, cross)), text: Buffer.byteLength(s.blocks.map((b) => b.text).join('')) }))
    .sort((a, b) => b.notes + b.text - (a.notes + a.text))
    .slice(0, 5)
    .map(
      (x) =>
        `${x.s.slug}: ${notes(x.s)} sentences with notes, notes ${Math.round(x.notes / 1024)} KB + text ${Math.round(x.text / 1024)} KB`,
    );
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/** What the pages will carry: the speech with the most parallel notes, the largest group. */
function amounts(cross: CrossSpeech): string[] {
  let most = { slug: '', notes: 0 };
  for (const [slug, list] of cross.parallels.bySpeech) if (list.length > most.notes) most = { slug, notes: list.length };
  const biggest = cross.parallels.groups.reduce((m, g) => Math.max(m, g.places.length), 0);
  const places = cross.parallels.groups.reduce((s, g) => s + g.places.length, 0);
  return [
    `most parallel notes on one page: ${most.notes} (${most.slug})`,
    `largest group: ${biggest} speeches; places in all groups: ${places}`,
    `speeches with related: ${[...cross.related.values()].filter((r) => r.length).length}; with copies: ${cross.copies.size}`,
  ];
}

async function main() {
  const { n, runs } = parse(process.argv.slice(2));
  const { speeches, concepts } = await prepare(n);
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  for (let run = 1; run <= runs; run++) {
    const cpu = process.cpuUsage();
    const cross = crossSpeech(speeches, (slug) => concepts[slug] ?? []);
    const used = process.cpuUsage(cpu);
    const after = process.memoryUsage().rss;
    // On a loaded machine the wall time counts waiting for a core: the CPU time (all threads, GC included) does not.
    console.log(
      `run ${run}: ${crossSpeechLogLine(speeches.length, cross)}; CPU ${Math.round((used.user + used.system) / 1000)} ms; load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
    );
    const c = cross.timings.cpu;
    console.log(
      `  CPU ms: parallels ${Math.round(c.parallels)}, pairing ${Math.round(c.pairing)}, related ${Math.round(c.related)}, copies ${Math.round(c.copies)}`,
    );
    console.log(`  RSS before ${mb(before)}, after ${mb(after)}, peak ${mb(process.resourceUsage().maxRSS * 1024)}`);
    if (run === runs)
      for (const line of [...amounts(cross), 'heaviest notes:', ...heaviestPages(speeches, cross)]) console.log(`  ${line}`);
  }
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) await main();
