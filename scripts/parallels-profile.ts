/**
 * Times and profiles the parallel-passages step (src/lib/annotate/parallels.ts
 * `findParallels`) on the speeches of a finished build, read from its content-layer cache
 * (`<cacheDir>/data-store.json`, as src/integrations/content-store.ts reads it) and put in
 * the archive's order (newest first), as src/lib/annotate/archive.ts hands them to
 * cross-speech.ts. Nothing is ingested again and nothing is written to the cache folder.
 *
 *   node_modules/.bin/node scripts/parallels-profile.ts --cache DIR [--n N] [--runs K] [--digest FILE] [--ballast MB] [--module FILE]
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/parallels-profile.ts --cache DIR
 *
 * `--n N` keeps the first N speeches by raw file name (a 20,000 archive out of a 30,000
 * one). Prints the step's CPU time (user + system of the process, GC included: on a loaded
 * machine the wall time also counts waiting for a core), wall time, groups, places and
 * notes, the heap and RSS around it and the process's peak RSS; `--digest FILE` writes a
 * SHA-256 per part of the result and one of the whole, to compare two versions of the step.
 * `--ballast MB` keeps that many MB of small live objects on the heap while the step runs,
 * as Astro's process holds its own (its whole heap is what each full garbage collection
 * walks); run with `--max-old-space-size` as the build runs. `--module FILE` takes
 * `findParallels` from another copy of parallels.ts (an older version, to compare).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { readContentStore } from '../src/integrations/content-store.ts';
import { findParallels, type ParallelPlace, type Parallels } from '../src/lib/annotate/parallels.ts';
import { newestFirst } from '../src/lib/speech/order.ts';

const USAGE = 'usage: node scripts/parallels-profile.ts --cache DIR [--n N] [--runs K] [--digest FILE] [--ballast MB] [--module FILE]';

interface Args {
  cache: string;
  n: number | null;
  runs: number;
  digest: string | null;
  ballast: number;
  module: string | null;
}

function parse(argv: readonly string[]): Args {
  const args: Args = { cache: '', n: null, runs: 1, digest: null, ballast: 0, module: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value. ${USAGE}`);
    if (flag === '--cache') args.cache = value;
    else if (flag === '--digest') args.digest = value;
    else if (flag === '--module') args.module = resolve(value);
    else if (flag === '--n' || flag === '--runs' || flag === '--ballast') {
      const v = Number(value);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${flag} takes a positive whole number. ${USAGE}`);
      if (flag === '--n') args.n = v;
      else if (flag === '--ballast') args.ballast = v;
      else args.runs = v;
    } else throw new Error(`unknown argument ${flag}. ${USAGE}`);
  }
  if (!args.cache) throw new Error(`--cache is required. ${USAGE}`);
  return args;
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/** SHA-256 of each part of the result (groups, notes by speech) and of the whole, over a compact line per group and per note. */
function digests(p: Parallels): Record<string, string> {
  const place = (x: ParallelPlace) => `${x.slug}#${x.paragraph}`;
  const hashLines = (lines: Iterable<string>) => {
    const h = createHash('sha256');
    let batch: string[] = [];
    for (const line of lines) {
      batch.push(line);
      if (batch.length === 4096) {
        h.update(`${batch.join('\n')}\n`);
        batch = [];
      }
    }
    h.update(batch.join('\n'));
    return h.digest('hex');
  };
  const groups = hashLines(
    (function* () {
      for (const g of p.groups)
        yield `${g.sentence}\t${g.campaigns.join(',')}\t${g.places.map((x) => `${place(x)}|${x.title}|${x.date}|${x.year}`).join(' ')}`;
    })(),
  );
  const notes = hashLines(
    (function* () {
      for (const slug of [...p.bySpeech.keys()].sort())
        for (const h of p.bySpeech.get(slug)!)
          yield `${slug}\t${h.paragraph}\t${h.group}\t${h.count}\t${h.sentence}\t${h.elsewhere.map(place).join(' ')}`;
    })(),
  );
  return {
    groups,
    notes,
    all: createHash('sha256')
      .update(groups + notes)
      .digest('hex'),
  };
}

/** About `mb` MB of small live objects (strings and records, as a content store holds). */
function makeBallast(mb: number): unknown[] {
  const kept: unknown[] = [];
  const start = process.memoryUsage().heapUsed;
  for (let i = 0; process.memoryUsage().heapUsed - start < mb * 1048576; i++) {
    const chunk: { id: number; text: string; tags: number[] }[] = [];
    for (let k = 0; k < 10000; k++) chunk.push({ id: i * 10000 + k, text: `ballast ${i} ${k} `.repeat(3), tags: [k, i] });
    kept.push(chunk);
  }
  return kept;
}

async function main() {
  const args = parse(process.argv.slice(2));
  const t0 = performance.now();
  const { speeches: stored } = await readContentStore(resolve(args.cache));
  const chosen =
    args.n === null ? stored : [...stored].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)).slice(0, args.n);
  const speeches = newestFirst(chosen);
  console.log(`read ${speeches.length} speeches of ${stored.length} in ${Math.round(performance.now() - t0)} ms`);
  const find: typeof findParallels = args.module ? (await import(args.module)).findParallels : findParallels;
  const ballast = makeBallast(args.ballast);
  if (args.ballast) console.log(`ballast: ${ballast.length * 10000} objects, heap ${mb(process.memoryUsage().heapUsed)}`);
  for (let run = 1; run <= args.runs; run++) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const result = find(speeches);
    const ms = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    const after = process.memoryUsage();
    // What the result holds on the heap once the step's garbage is gone (needs --expose-gc).
    globalThis.gc?.();
    const retained = globalThis.gc ? `, retained after GC ${mb(process.memoryUsage().heapUsed - heapBefore)}` : '';
    const places = result.groups.reduce((s, g) => s + g.places.length, 0);
    const biggest = result.groups.reduce((m, g) => Math.max(m, g.places.length), 0);
    let notes = 0;
    let kept = 0;
    for (const list of result.bySpeech.values()) {
      notes += list.length;
      for (const h of list) kept += h.elsewhere.length;
    }
    console.log(
      `run ${run}: findParallels ${speeches.length} speeches: CPU ${Math.round((used.user + used.system) / 1000)} ms (user ${Math.round(used.user / 1000)}, system ${Math.round(used.system / 1000)}), wall ${Math.round(ms)} ms; load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
    );
    console.log(
      `  ${result.groups.length} groups, ${places} places (largest group ${biggest} speeches), ${notes} notes on ${result.bySpeech.size} speeches, ${kept} places kept with them`,
    );
    console.log(
      `  heap before ${mb(heapBefore)}, after ${mb(after.heapUsed)}${retained}; RSS before ${mb(rssBefore)}, after ${mb(after.rss)}; peak RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    if (run === args.runs && args.digest) {
      const d = digests(result);
      writeFileSync(
        args.digest,
        `${JSON.stringify({ speeches: speeches.length, groups: result.groups.length, places, notes, ...d }, null, 2)}\n`,
      );
      console.log(`  digest ${d.all} → ${args.digest}`);
    }
  }
  // Alive to the end (a dead local may be collected before the step runs).
  if (args.ballast) console.log(`ballast of ${ballast.length} chunks kept to the end`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) await main();
