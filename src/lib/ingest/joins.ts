/**
 * Page-chunk numbers. Some copies (seed 004) are one long text cut into
 * fixed-size chunks, each printed on its own line with a counter `2、`, `3、` …
 * — the cut falls anywhere, even inside a word (`…必须把讲政治贯` / `2、穿始终`).
 *
 * A real numbered list (`1、切实加强学习教育。`) looks the same at the start of
 * a line, so a run of line-start numbers is taken as page chunks only when it
 * counts up by one from 1 AND at least half of its lines follow a line that
 * stops mid-sentence (ends in Chinese text or ，、 rather than 。！？：). List items follow finished sentences;
 * chunk cuts mostly do not.
 *
 * Chunk lines are joined to the line before with nothing in between (the
 * newline was the chunker's, not the author's), each join is reported as a
 * repair and each counter as a removal `page-number`.
 */
import { endsSentence, isHan } from './charsets.ts';
import type { Line } from './noise.ts';
import type { Removal, Repair } from './types.ts';
import { concat, traced } from './traced.ts';
import type { Traced } from './traced.ts';

const COUNTER = /^(\d{1,3})、/;

/**
 * A line cut mid-sentence: it ends in Chinese text or in a mark that cannot
 * end a sentence (，、“ …). A line ending in ASCII (`申报书.doc`) is not taken
 * as cut: attachment lists number their lines too.
 */
function isCut(line: string): boolean {
  const last = [...line.trimEnd()].pop();
  return !endsSentence(line) && (isHan(last) || /[，、“‘（《—]/.test(last ?? ''));
}

interface Candidate {
  idx: number;
  n: number;
  marker: string;
}

/** Indices (into `lines`) of chunk counters, with the counter text. */
export function findPageChunks(lines: readonly Line[]): Candidate[] {
  const nonBlank = lines.map((l, i) => ({ t: l.text.trim(), i })).filter((x) => x.t);
  const cands: (Candidate & { pos: number })[] = [];
  nonBlank.forEach(({ t, i }, pos) => {
    const m = COUNTER.exec(t);
    if (m) cands.push({ idx: i, n: Number(m[1]), marker: m[0], pos });
  });
  const runs: (typeof cands)[] = [];
  for (const c of cands) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && c.n === last.n + 1) run.push(c);
    else if (c.n === 1) runs.push([c]);
  }
  const out: Candidate[] = [];
  for (const run of runs) {
    if (run.length < 2) continue;
    const cutAfter = run.filter((c) => c.n > 1 && c.pos > 0 && isCut(nonBlank[c.pos - 1]!.t));
    const joinable = run.filter((c) => c.n > 1 && c.pos > 0).length;
    if (joinable > 0 && cutAfter.length * 2 >= joinable) out.push(...run.map(({ idx, n, marker }) => ({ idx, n, marker })));
  }
  return out;
}

/**
 * Turns kept lines into logical lines: chunk counters removed and chunk lines
 * joined to the previous line; every other non-blank line stays on its own.
 */
export function joinPageChunks(lines: readonly Line[]): {
  logical: Traced[];
  /** Per logical line: a blank (or removed) line stood right before it. */
  blankBefore: boolean[];
  removed: Removal[];
  repairs: Repair[];
} {
  const chunks = new Map(findPageChunks(lines).map((c) => [c.idx, c]));
  const logical: Traced[] = [];
  const blankBefore: boolean[] = [];
  const removed: Removal[] = [];
  const repairs: Repair[] = [];
  let blank = false;
  lines.forEach((l, i) => {
    if (!l.text.trim()) {
      blank = true;
      return;
    }
    const c = chunks.get(i);
    if (!c) {
      logical.push(traced(l.text, l.line));
      blankBefore.push(blank);
      blank = false;
      return;
    }
    const lead = l.text.length - l.text.trimStart().length;
    removed.push({ reason: 'page-number', text: c.marker, line: l.line });
    const rest = traced(l.text.slice(lead + c.marker.length).trimStart(), l.line);
    const prev = logical[logical.length - 1];
    if (c.n === 1 || !prev) {
      logical.push(rest);
      blankBefore.push(blank);
      blank = false;
      return;
    }
    blank = false;
    const before = [...prev.text.trimEnd()].slice(-8).join('');
    const after = [...rest.text.trimStart()].slice(0, 8).join('');
    repairs.push({ kind: 'join-page-chunk', detail: `…${before}⏎${c.marker}${after}… → …${before}${after}…`, line: l.line });
    logical[logical.length - 1] = concat({ ...prev, text: prev.text.trimEnd() }, rest);
  });
  return { logical, blankBefore, removed, repairs };
}
