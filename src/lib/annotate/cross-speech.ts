/**
 * What links speeches to each other, computed once per build from the speech data and
 * the concepts each speech uses: parallel passages, related speeches and copies of the
 * same speech (另见).
 */
import { findDuplicates, type DuplicatePair } from '../ingest/duplicates.ts';
import type { SpeechEntry } from '../speech/schema.ts';
import { findParallels, type Parallels } from './parallels.ts';
import { relatedSpeeches, sharedPassages, type Related } from './related.ts';
import { topLevel } from './outline-align.ts';

export interface SameSpeech {
  slug: string;
  title: string;
  /** 'same': identical text; 'near': the same speech with small differences. */
  kind: 'same' | 'near';
}

/** Milliseconds each step took (for the build log and the benchmark). */
export interface CrossSpeechTimings {
  parallels: number;
  /** Counting the parallel passages each pair of speeches shares. */
  pairing: number;
  related: number;
  copies: number;
  total: number;
  /** CPU milliseconds of the process (all threads) in each step: on a loaded machine the wall time also counts waiting for a core. */
  cpu: { parallels: number; pairing: number; related: number; copies: number };
}

export interface CrossSpeech {
  parallels: Parallels;
  related: Map<string, Related[]>;
  /** Other copies of the same speech, by slug. */
  copies: Map<string, SameSpeech[]>;
  timings: CrossSpeechTimings;
}

/** The build log's line: `[cross-speech] 10000 speeches in 12345 ms: parallels 1 ms (G groups), pairing 2 ms, related 3 ms, copies 4 ms`. */
export function crossSpeechLogLine(speeches: number, cross: CrossSpeech): string {
  const t = cross.timings;
  const ms = (v: number) => `${Math.round(v)} ms`;
  return `[cross-speech] ${speeches} speeches in ${ms(t.total)}: parallels ${ms(t.parallels)} (${cross.parallels.groups.length} groups), pairing ${ms(t.pairing)}, related ${ms(t.related)}, copies ${ms(t.copies)}`;
}

/** Sentences said in more speeches than this do not make two speeches related. */
const COMMON_SENTENCE = 30;

/** Top-level outline headings of a speech. */
const topLabels = (speech: SpeechEntry): string[] => topLevel(speech.outline).map((o) => o.label);

/**
 * The duplicate check's pairs over `speeches`, in the order `findDuplicates(speeches)` gives
 * them (similarity, highest first, then input order): taken from what the loader found and
 * carried in each speech (`duplicates`) when every speech carries it, else found here.
 */
export function duplicatePairs(speeches: readonly SpeechEntry[]): DuplicatePair[] {
  if (!speeches.every((s) => s.duplicates)) return findDuplicates(speeches);
  const index = new Map(speeches.map((s, i) => [s.source, i]));
  const pairs: { i: number; j: number; similarity: number; kind: 'same' | 'near' }[] = [];
  speeches.forEach((s, i) => {
    for (const d of s.duplicates!) {
      const j = index.get(d.source);
      // Each pair is in both speeches' lists: taken once, from the first in input order.
      if (j !== undefined && i < j) pairs.push({ i, j, similarity: d.similarity, kind: d.kind });
    }
  });
  pairs.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
  return pairs.map((p) => ({ a: speeches[p.i]!.source, b: speeches[p.j]!.source, similarity: p.similarity, kind: p.kind }));
}

/** `speeches` newest first; `conceptsOf(slug)` the concept terms a speech uses. */
export function crossSpeech(speeches: readonly SpeechEntry[], conceptsOf: (slug: string) => readonly string[]): CrossSpeech {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const parallels = findParallels(speeches);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  // The passages that make two speeches related, by speech index.
  const index = new Map(speeches.map((s, i) => [s.slug, i]));
  const counted: number[][] = [];
  for (const g of parallels.groups) {
    // A sentence in very many speeches is a set phrase: it relates none of them in particular.
    if (g.places.length <= COMMON_SENTENCE) counted.push(g.places.map((p) => index.get(p.slug)!));
  }
  const shared = sharedPassages(speeches.length, counted);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const related = relatedSpeeches(
    speeches.map((s) => ({ ...s, concepts: conceptsOf(s.slug), outline: topLabels(s) })),
    shared,
  );
  const t3 = performance.now();
  const c3 = process.cpuUsage();
  const bySource = new Map(speeches.map((s) => [s.source, s]));
  const copies = new Map<string, SameSpeech[]>();
  for (const pair of duplicatePairs(speeches)) {
    const a = bySource.get(pair.a);
    const b = bySource.get(pair.b);
    if (!a || !b) continue;
    copies.set(a.slug, [...(copies.get(a.slug) ?? []), { slug: b.slug, title: b.title, kind: pair.kind }]);
    copies.set(b.slug, [...(copies.get(b.slug) ?? []), { slug: a.slug, title: a.title, kind: pair.kind }]);
  }
  const t4 = performance.now();
  const c4 = process.cpuUsage();
  const cpu = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1000;
  return {
    parallels,
    related,
    copies,
    timings: {
      parallels: t1 - t0,
      pairing: t2 - t1,
      related: t3 - t2,
      copies: t4 - t3,
      total: t4 - t0,
      cpu: { parallels: cpu(c0, c1), pairing: cpu(c1, c2), related: cpu(c2, c3), copies: cpu(c3, c4) },
    },
  };
}
