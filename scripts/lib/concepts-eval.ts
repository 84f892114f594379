/**
 * Measured precision of the glossary links: a hand-labelled sample of occurrences
 * (tests/fixtures/concepts-eval/occurrences.jsonl) checked against what the matcher
 * links. Each occurrence is a place where a wording of an entry occurs, labelled
 * `right` (it means the entry's concept there) or `wrong` (another sense).
 *
 * Offsets are UTF-16 offsets in a text's *ingested* form: its blocks (paragraphs and
 * headings, as the site shows them) joined by '\n'. Texts are read from the shared
 * corpus (`../shared/corpus/`, by path relative to it) or the seeds (`content/raw/`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingestText, IngestError } from '../../src/lib/ingest/index.ts';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import type { Matcher } from '../../src/lib/concepts/matcher.ts';
import type { DocContext } from '../../src/lib/concepts/senses.ts';

export type Origin = 'corpus' | 'seed';

export interface Labelled {
  from: Origin;
  /** Relative to the corpus folder, or the seed's file name in content/raw. */
  file: string;
  offset: number;
  wording: string;
  /** Up to 40 characters of the text around the occurrence, the wording at its first place in it. */
  snippet: string;
  /** The entry the wording belongs to. */
  slug: string;
  label: 'right' | 'wrong';
}

export interface Block {
  start: number;
  text: string;
  heading: boolean;
}

export interface EvalText {
  from: Origin;
  file: string;
  /** Blocks joined by '\n'. */
  text: string;
  blocks: Block[];
  doc: DocContext;
}

function txtFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name.startsWith('_') ? [] : txtFiles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

export function readEvalText(path: string, from: Origin, file: string): EvalText | undefined {
  let speech: ReturnType<typeof ingestText>;
  try {
    speech = ingestText(decodeRaw(readFileSync(path), file), file);
  } catch (error) {
    if (error instanceof IngestError) return undefined;
    throw error;
  }
  const blocks: Block[] = [];
  let at = 0;
  for (const b of speech.blocks) {
    blocks.push({ start: at, text: b.text, heading: b.kind === 'heading' });
    at += b.text.length + 1;
  }
  return { from, file, text: speech.blocks.map((b) => b.text).join('\n'), blocks, doc: { year: speech.year, campaign: speech.campaign } };
}

/** Every text of the seeds and (when present) the corpus. */
export function readEvalTexts(seedDir: string, corpusDir: string | undefined): EvalText[] {
  const out: EvalText[] = [];
  for (const path of txtFiles(seedDir)) {
    const t = readEvalText(path, 'seed', relative(seedDir, path));
    if (t) out.push(t);
  }
  if (corpusDir && existsSync(corpusDir)) {
    for (const path of txtFiles(corpusDir)) {
      const t = readEvalText(path, 'corpus', relative(corpusDir, path));
      if (t) out.push(t);
    }
  }
  return out;
}

export const textKey = (from: Origin, file: string) => `${from}:${file}`;

/** The block that holds `offset`. */
export function blockAt(t: EvalText, offset: number): Block | undefined {
  let found: Block | undefined;
  for (const b of t.blocks) {
    if (b.start > offset) break;
    found = b;
  }
  return found && offset < found.start + found.text.length ? found : undefined;
}

/** A snippet of at most `max` characters around `[offset, offset + length)`, inside its block. */
export function snippetAt(t: EvalText, offset: number, length: number, max = 40): string {
  const b = blockAt(t, offset)!;
  const local = offset - b.start;
  const room = Math.max(0, max - length);
  let before = Math.min(local, Math.floor(room / 2));
  const after = Math.min(b.text.length - local - length, room - before);
  before = Math.min(local, room - after);
  let snippet = b.text.slice(local - before, local + length + after);
  // The wording must be at its first place in the snippet: cut the start until it is.
  const wording = b.text.slice(local, local + length);
  while (snippet.indexOf(wording) < before) {
    snippet = snippet.slice(1);
    before--;
  }
  return snippet;
}

/**
 * The occurrence found again in its text: at its offset when the snippet is still there,
 * else at the place of its snippet nearest to that offset. Ingest improves (it removes more
 * page chrome before a passage), so offsets move; the snippet and the wording do not.
 */
export function anchored(o: Labelled, t: EvalText): Labelled | undefined {
  const at = o.snippet.indexOf(o.wording);
  if (at < 0) return undefined;
  const fits = (offset: number) => t.text.slice(offset - at, offset - at + o.snippet.length) === o.snippet;
  if (fits(o.offset)) return o;
  let best: number | undefined;
  for (let i = t.text.indexOf(o.snippet); i >= 0; i = t.text.indexOf(o.snippet, i + 1)) {
    const offset = i + at;
    if (best === undefined || Math.abs(offset - o.offset) < Math.abs(best - o.offset)) best = offset;
  }
  return best === undefined ? undefined : { ...o, offset: best };
}

/** Where a labelled occurrence no longer fits its text, or undefined when it does. */
export function fixtureProblem(given: Labelled, t: EvalText | undefined): string | undefined {
  if (!t) return `${given.from} ${given.file}: text not found`;
  const o = anchored(given, t) ?? given;
  if (t.text.slice(o.offset, o.offset + o.wording.length) !== o.wording)
    return `${o.file}@${o.offset}: “${o.wording}” is not at the offset`;
  const at = o.snippet.indexOf(o.wording);
  if (o.snippet.length > 40 || at < 0 || t.text.slice(o.offset - at, o.offset - at + o.snippet.length) !== o.snippet) {
    return `${o.file}@${o.offset}: the snippet “${o.snippet}” is not found at the offset`;
  }
  return undefined;
}

/** Whether the matcher links the occurrence to its entry. */
export function linked(o: Labelled, t: EvalText, matcher: Matcher): boolean {
  const b = blockAt(t, o.offset);
  if (!b) return false;
  const local = o.offset - b.start;
  return matcher.find(b.text, t.doc).some((m) => m.index === local && m.slug === o.slug && m.text.length === o.wording.length);
}

export interface EntryScore {
  slug: string;
  labelled: number;
  linked: number;
  linkedRight: number;
  precision: number | undefined;
}

export interface EvalResult {
  entries: EntryScore[];
  linked: number;
  linkedRight: number;
  precision: number | undefined;
  /** Right-sense occurrences on the seeds outside headings, and how many the matcher links. */
  seedRight: number;
  seedFound: number;
  missed: Labelled[];
  falseLinks: Labelled[];
  problems: string[];
}

export function evaluate(
  fixture: readonly Labelled[],
  texts: ReadonlyMap<string, EvalText>,
  matcher: Matcher,
  slugs: readonly string[],
): EvalResult {
  const scores = new Map(
    slugs.map((slug) => [slug, { slug, labelled: 0, linked: 0, linkedRight: 0, precision: undefined as number | undefined }]),
  );
  const result: EvalResult = {
    entries: [],
    linked: 0,
    linkedRight: 0,
    precision: undefined,
    seedRight: 0,
    seedFound: 0,
    missed: [],
    falseLinks: [],
    problems: [],
  };
  for (const given of fixture) {
    const t = texts.get(textKey(given.from, given.file));
    if (!t) continue; // the corpus is absent: only the seeds are scored
    const problem = fixtureProblem(given, t);
    if (problem) {
      result.problems.push(problem);
      continue;
    }
    const o = anchored(given, t)!;
    const s = scores.get(o.slug);
    if (!s) {
      result.problems.push(`${o.file}@${o.offset}: no entry ${o.slug}`);
      continue;
    }
    s.labelled++;
    const isLinked = linked(o, t, matcher);
    if (isLinked) {
      s.linked++;
      result.linked++;
      if (o.label === 'right') {
        s.linkedRight++;
        result.linkedRight++;
      } else result.falseLinks.push(o);
    }
    if (o.from === 'seed' && o.label === 'right' && !blockAt(t, o.offset)?.heading) {
      result.seedRight++;
      if (isLinked) result.seedFound++;
      else result.missed.push(o);
    }
  }
  for (const s of scores.values()) s.precision = s.linked ? s.linkedRight / s.linked : undefined;
  result.entries = [...scores.values()];
  result.precision = result.linked ? result.linkedRight / result.linked : undefined;
  return result;
}

export function readFixture(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line && !line.startsWith('//'))
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as Labelled;
      } catch {
        throw new Error(`${path}:${n}: not a JSON object. Each line is one labelled occurrence.`);
      }
    });
}
