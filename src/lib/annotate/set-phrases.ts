/**
 * Set phrases (套话 / 固定提法) mined from the speeches at build time. Pure
 * functions, no Astro imports. Three kinds:
 *
 * reduplication  叠词式四字格: four Han characters c1c2c3c4 with c1 = c3
 *                (压紧压实, 走深走实, 对标对表) or c2 = c4 (真改实改, 选人用人).
 *                Left out: windows with a function character (的 了 是 要 这 …),
 *                a repeated character from REPEAT_STOP (各地各单位, 市委常委),
 *                ABAB (研究研究), A不A / A没A / A一A / A来A question and verb
 *                forms (是不是, 有没有, 看一看, 越来越) and STOP_PHRASES.
 *                Every c1 = c3 phrase also makes a c2 = c4 “shadow” one character
 *                to the left (步压紧压 | 压紧压实), so overlapping windows compete:
 *                the one whose rarer half (c1c2 or c3c4) is the more frequent
 *                bigram in the whole archive wins; on a tie the A?A? shape, then
 *                the sum of both halves. A lone window is dropped when its seam
 *                c2c3 (counted outside such windows) is more frequent than its
 *                rarer half: in 项专项整(治) and 整改整体 the seam is the word. Windows inside a parallel run
 *                without separators (真学真做真改) count only for that run.
 * parallel       排比式短语: (a) X?X?X? — one head character repeated before
 *                three or more single characters, no separators (真学真做真改,
 *                边学边查边改); (b) three or more items of equal length 2–5
 *                separated by 、 or ，, sharing a head (带头学、带头查、带头改)
 *                or a tail (认识到位、措施到位、落实到位); (c) four or more
 *                three-character items with nothing shared (察实情、解难题、促发展、办实事).
 *                Items are Han characters only; the varying parts may not all be
 *                numerals (第一、第二、第三). The phrase is the items joined by 、.
 * yao-series     “要……要……”句式: a sentence (cut at 。！？ only, since such series
 *                are often split by ；) with three or more clauses starting with 要
 *                (at the sentence start, after ，、：；, or right after a short
 *                2–4 character 要-clause as in 要统筹要推进); 要求 / 要点 … are
 *                words, not clauses. The pattern is each 要 with the first two
 *                characters after it (one when that is a preposition such as 把
 *                在 对 让), joined by ……: 要主动……要务实……要全面……要深入.
 *
 * Everything is counted: count = occurrences in all speeches, speeches = how many
 * speeches have it, years = min–max of their years (null years ignored). A phrase
 * is kept when its count reaches `minCount` (default 1 for every kind; the page
 * ranks by count). Examples: the sentence around an occurrence (cut at 。！？；, for
 * yao-series at 。！？), from different speeches first, up to `maxExamples`.
 *
 * Speed: two linear passes over the text (bigram counts, kept in a typed-array hash
 * table in bigram-counts.ts, then matching); nothing loops over phrases × texts.
 */

import { BigramCounts } from './bigram-counts.ts';

export type PhraseKind = 'reduplication' | 'parallel' | 'yao-series';

export interface MinedSpeech {
  slug: string;
  title: string;
  year: number | null;
  blocks: readonly { text: string }[];
  /** The anchor id of each block ('' when it has none), aligned with `blocks`. */
  anchors: readonly string[];
}

export interface Highlight {
  start: number;
  end: number;
}

export interface PhraseExample {
  slug: string;
  title: string;
  /** Paragraph anchor without '#', or '' for the top of the speech. */
  anchor: string;
  sentence: string;
  /** Ranges of `sentence` to mark, in order, not overlapping. */
  highlights: Highlight[];
}

export interface SetPhrase {
  phrase: string;
  kind: PhraseKind;
  count: number;
  speeches: number;
  years: { from: number; to: number } | null;
  examples: PhraseExample[];
}

export interface MineOptions {
  /** Minimum count to keep a phrase, per kind (default 1). */
  minCount?: Partial<Record<PhraseKind, number>>;
  /** Examples kept per phrase (default 3). */
  maxExamples?: number;
}

const HAN = /^[\u4e00-\u9fff]+$/;
const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Function characters: a window containing one is never a set phrase. */
export const ANY_STOP = new Set([...'的了么吗呢吧啊着这那我你他她它们之其和与及或并而但还把被让将是要在该此些等']);
/** Characters that may not be the repeated one (各地各单位, 本地本单位, 市委常委). */
export const REPEAT_STOP = new Set([...'各本委第每全该']);
/** Ordinary four-character sequences with a repeated character, left out by hand. */
export const STOP_PHRASES = new Set(['会议审议', '政府政务', '政务服务', '推动活动', '行动推动', '方式方法']);
/** A?A inside a window: 是不是, 有没有, 看一看, 越来越, 看了看, 面对面, 实打实, 百分百. */
const QUESTION_MIDDLE = new Set([...'不没一来了对打分']);
const NUMERALS = /^[一二三四五六七八九十百千两零〇\d]+$/;
/** After 要 these make a word, not a clause: 要求, 要点, 要害 … */
const YAO_WORDS = new Set([...'求素害点闻件职员领义旨是案诀紧塞冲']);
/** After 要 these are prepositions / causatives: the pattern keeps only them. */
const YAO_PREPS = new Set([...'把在对让以从将用按向给使为与同于']);

/** 'stop' windows take part in resolving overlaps (so their shadows lose) but are not recorded. */
function isRedupWindow(w: string): boolean | 'stop' {
  const [c1, c2, c3, c4] = w as unknown as [string, string, string, string];
  const aXaY = c1 === c3;
  const xAyA = c2 === c4;
  if (!aXaY && !xAyA) return false;
  if (aXaY && xAyA) return 'stop'; // ABAB: 研究研究 (claims its place, so 究研究再 is not taken)
  // 是不是X, X是不是, 越来越X: these claim their place too, so 越好越来 in 越来越好越来越实 is not taken.
  if (aXaY && QUESTION_MIDDLE.has(c2)) return 'stop';
  if (xAyA && QUESTION_MIDDLE.has(c3)) return 'stop';
  if (c1 === c2 || c3 === c4 || c2 === c3) return false;
  if (aXaY && REPEAT_STOP.has(c1)) return false;
  if (xAyA && REPEAT_STOP.has(c2)) return false;
  for (const c of w) if (ANY_STOP.has(c)) return false;
  return STOP_PHRASES.has(w) ? 'stop' : true;
}

/** Parallel runs without separators: X?X?X?(X?)* with one head character. */
const NO_SEP_RUN = /([\u4e00-\u9fff])([\u4e00-\u9fff])\1([\u4e00-\u9fff])(?:\1[\u4e00-\u9fff])+/g;

function noSepRuns(text: string): { start: number; end: number; phrase: string }[] {
  const out: { start: number; end: number; phrase: string }[] = [];
  NO_SEP_RUN.lastIndex = 0;
  for (let m = NO_SEP_RUN.exec(text); m; m = NO_SEP_RUN.exec(text)) {
    const run = m[0];
    const head = run[0]!;
    const varying = [...run].filter((_, i) => i % 2 === 1);
    const ok =
      !ANY_STOP.has(head) &&
      !REPEAT_STOP.has(head) &&
      new Set(varying).size === varying.length &&
      !varying.includes(head) &&
      !varying.some((c) => ANY_STOP.has(c) || QUESTION_MIDDLE.has(c));
    if (ok) out.push({ start: m.index, end: m.index + run.length, phrase: run });
    else NO_SEP_RUN.lastIndex = m.index + 1;
  }
  return out;
}

/** Sentence bounds around [start, end): cut after the previous terminator and at the next one (kept). */
function sentenceAround(text: string, start: number, end: number, terminators: RegExp): { from: number; to: number } {
  let from = start;
  while (from > 0 && !terminators.test(text[from - 1]!)) from--;
  let to = Math.max(end, start);
  while (to < text.length && !terminators.test(text[to]!)) to++;
  if (to < text.length) to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  return { from, to };
}

const SENTENCE_END = /[。！？；]/;
const YAO_SENTENCE_END = /[。！？]/;
/** The same, global, for `sentenceSpans` (made once: a RegExp per block and call is measurable). */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');
const YAO_SENTENCE_ENDS = new RegExp(YAO_SENTENCE_END.source, 'g');

/** Split a sentence into segments between 、 / ，, with offsets and the separator after each ('' at the end). */
function segments(sentence: string): { text: string; start: number; sep: string }[] {
  const out: { text: string; start: number; sep: string }[] = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i === sentence.length || sentence[i] === '、' || sentence[i] === '，') {
      out.push({ text: sentence.slice(start, i).replace(/[。！？；]+$/, ''), start, sep: sentence[i] ?? '' });
      start = i + 1;
    }
  }
  return out;
}

function commonPrefix(items: string[]): number {
  const first = items[0]!;
  let n = 0;
  while (n < first.length && items.every((s) => s[n] === first[n])) n++;
  return n;
}
function commonSuffix(items: string[]): number {
  const first = items[0]!;
  let n = 0;
  while (n < first.length && items.every((s) => s[s.length - 1 - n] === first[first.length - 1 - n])) n++;
  return n;
}

interface Run {
  items: string[];
  start: number;
  end: number;
  next: number;
}

/** Parallel runs separated by 、/，inside one sentence (offsets relative to the sentence). */
export function separatedRuns(sentence: string): { phrase: string; start: number; end: number }[] {
  const segs = segments(sentence);
  const out: { phrase: string; start: number; end: number }[] = [];
  const shares = (items: string[]) => commonPrefix(items) >= 1 || commonSuffix(items) >= 1;
  const varyingOk = (items: string[]) => {
    const p = commonPrefix(items);
    const s = commonSuffix(items);
    const parts = items.map((it) => it.slice(p, it.length - s));
    return (
      new Set(items).size === items.length &&
      !parts.every((x) => NUMERALS.test(x)) &&
      !items.some((it) => [...it].every((c) => ANY_STOP.has(c)))
    );
  };
  const tryRun = (a: number, shared: boolean): Run | null => {
    const first = segs[a]!;
    const second = segs[a + 1];
    const sep = first.sep;
    if (!second || !HAN.test(second.text) || second.sep !== sep) return null;
    const L = second.text.length;
    if (L < 2 || L > 5 || (!shared && L !== 3)) return null;
    if (first.text.length < L) return null;
    const firstItem = first.text.slice(first.text.length - L);
    if (!HAN.test(firstItem)) return null;
    const items = [firstItem, second.text];
    if (shared && !shares(items)) return null;
    const start = first.start + first.text.length - L;
    let end = second.start + L;
    let j = a + 2;
    for (; j < segs.length; j++) {
      const seg = segs[j]!;
      const whole = HAN.test(seg.text) && seg.text.length <= 5;
      // A short all-Han segment is a whole item: it counts only at the same length.
      if (whole && seg.text.length !== L) break;
      const item = seg.text.slice(0, L);
      if (item.length !== L || !HAN.test(item)) break;
      // Without a shared head or tail, a cut-off last item cannot be checked: leave it out.
      if (!whole && !shared) break;
      if (shared && !shares([...items, item])) break;
      items.push(item);
      end = seg.start + L;
      // The run goes on only through whole items followed by the same separator.
      if (!whole || seg.sep !== sep) {
        j++;
        break;
      }
    }
    const enough = shared ? items.length >= 3 : items.length >= 4;
    if (!enough || !varyingOk(items)) return null;
    return { items, start, end, next: j - 1 };
  };
  for (let a = 0; a + 2 < segs.length; ) {
    const run = tryRun(a, true) ?? tryRun(a, false);
    if (run) {
      out.push({ phrase: run.items.join('、'), start: run.start, end: run.end });
      a = Math.max(run.next, a + 1);
    } else a++;
  }
  return out;
}

/** The 要-clause heads of one sentence (cut at 。！？), when there are three or more. */
export function yaoSeries(sentence: string): { phrase: string; highlights: Highlight[] } | null {
  const heads: Highlight[] = [];
  let lastYao = -10;
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i] !== '要') continue;
    const next = sentence[i + 1] ?? '';
    if (!next || !HAN.test(next) || YAO_WORDS.has(next) || next === '要') continue;
    const prev = i === 0 ? '' : sentence[i - 1]!;
    const atStart = i === 0 || /[，、：；“”（(\s]/.test(prev);
    const afterShort = lastYao >= 0 && i - lastYao - 1 >= 2 && i - lastYao - 1 <= 4 && HAN.test(sentence.slice(lastYao + 1, i));
    if (!atStart && !afterShort) continue;
    let len = YAO_PREPS.has(next) ? 1 : 2;
    if (!HAN.test(sentence.slice(i + 1, i + 1 + len))) len = 1;
    heads.push({ start: i, end: i + 1 + len });
    lastYao = i;
  }
  if (heads.length < 3) return null;
  return { phrase: heads.map((h) => sentence.slice(h.start, h.end)).join('……'), highlights: heads };
}

/** One block where phrases are found: which speech (its index, for counting speeches once) and which block (for the anchor). */
interface Place {
  index: number;
  speech: MinedSpeech;
  block: number;
}

type MakeExample = () => { sentence: string; highlights: Highlight[] };

/** Reports a phrase found in the current block; the example is made only when it is kept. */
type Found = (kind: PhraseKind, phrase: string, example: MakeExample) => void;

export function minePhrases(speeches: readonly MinedSpeech[], options: MineOptions = {}): SetPhrase[] {
  const bigrams = countBigrams(speeches);
  const tally = new Tally(options.maxExamples ?? 3);
  speeches.forEach((speech, index) => {
    speech.blocks.forEach(({ text }, block) => {
      const found: Found = (kind, phrase, example) => tally.record(kind, phrase, { index, speech, block }, example);
      const covered = findUnseparatedRuns(text, bigrams, found);
      findReduplications(text, bigrams, covered, found);
      findSeparatedRuns(text, found);
      findYaoSeries(text, found);
    });
  });
  return tally.phrases((kind) => options.minCount?.[kind] ?? 1);
}

/**
 * Pass 1: bigram counts of Han characters, to judge reduplication windows. `free`
 * counts a bigram only where it is not the middle (seam) of an A?A? / ?A?A window.
 */
function countBigrams(speeches: readonly MinedSpeech[]): BigramCounts {
  const bigrams = new BigramCounts();
  for (const s of speeches) {
    for (const b of s.blocks) {
      const t = b.text;
      for (let i = 0; i + 1 < t.length; i++) {
        const c = t.charCodeAt(i);
        const d = t.charCodeAt(i + 1);
        if (!isHanCode(c) || !isHanCode(d)) continue;
        const seam = i > 0 && i + 2 < t.length && (t.charCodeAt(i - 1) === d || c === t.charCodeAt(i + 2));
        bigrams.add(c, d, seam);
      }
    }
  }
  return bigrams;
}

const bigramAt = (bigrams: BigramCounts, t: string, i: number) => bigrams.count(t.charCodeAt(i), t.charCodeAt(i + 1));
const freeBigramAt = (bigrams: BigramCounts, t: string, i: number) => bigrams.free(t.charCodeAt(i), t.charCodeAt(i + 1));

/** The sentence around [start, end) with that range marked. */
const exampleAt =
  (text: string, start: number, end: number): MakeExample =>
  () => {
    const { from, to } = sentenceAround(text, start, end, SENTENCE_END);
    return { sentence: text.slice(from, to), highlights: [{ start: start - from, end: end - from }] };
  };

/**
 * Parallel runs without separators (真学真做真改). Returns the characters they cover,
 * which are not reduplication windows (made only for the few blocks that have a run).
 */
function findUnseparatedRuns(text: string, bigrams: BigramCounts, found: Found): Uint8Array | undefined {
  let covered: Uint8Array | undefined;
  for (const r of noSepRuns(text)) {
    // Seams (学真 in 真学真做), outside such windows, may not be more common than the head bigrams (行动推动活动: 推动, 活动).
    let headMin = Infinity;
    let seamMax = 0;
    for (let k = r.start; k + 1 < r.end; k++) {
      const n = bigramAt(bigrams, text, k);
      if ((k - r.start) % 2 === 0) headMin = Math.min(headMin, n);
      else seamMax = Math.max(seamMax, freeBigramAt(bigrams, text, k));
    }
    if (seamMax > headMin) continue;
    covered ??= new Uint8Array(text.length);
    covered.fill(1, r.start, r.end);
    found('parallel', r.phrase, exampleAt(text, r.start, r.end));
  }
  return covered;
}

/** A reduplication window competing with the windows it overlaps: higher score wins. */
interface Candidate {
  i: number;
  /** Rarer half's archive count (Infinity for a 'stop' window), A?A? shape (1) over ?A?A (0), both halves' sum. */
  score: [number, number, number];
}

/** Reduplication windows outside `covered`, resolved chain by chain (runs of overlapping candidates). */
function findReduplications(text: string, bigrams: BigramCounts, covered: Uint8Array | undefined, found: Found): void {
  let chain: Candidate[] = [];
  const flush = () => {
    for (const i of resolveChain(chain)) {
      const w = text.slice(i, i + 4);
      if (isRedupWindow(w) === true) found('reduplication', w, exampleAt(text, i, i + 4));
    }
    chain = [];
  };
  let lastCandidate = -10;
  for (let i = 0; i + 4 <= text.length; i++) {
    if (text.charCodeAt(i) !== text.charCodeAt(i + 2) && text.charCodeAt(i + 1) !== text.charCodeAt(i + 3)) continue;
    const w = text.slice(i, i + 4);
    if (!HAN.test(w) || covered?.[i] || covered?.[i + 3]) continue;
    const verdict = isRedupWindow(w);
    if (!verdict) continue;
    if (i - lastCandidate >= 4) flush();
    const h1 = bigramAt(bigrams, text, i);
    const h2 = bigramAt(bigrams, text, i + 2);
    // The seam c2c3, where it is not itself inside such a window, may not be more
    // common than the halves: in 项专项整(治) and 行动推动 the seam is the word.
    if (verdict !== 'stop' && freeBigramAt(bigrams, text, i + 1) > Math.min(h1, h2)) continue;
    chain.push({ i, score: verdict === 'stop' ? [Infinity, 0, 0] : [Math.min(h1, h2), w[0] === w[2] ? 1 : 0, h1 + h2] });
    lastCandidate = i;
  }
  flush();
}

/** The winners of a chain of overlapping windows, best first: each win removes the windows it overlaps. */
function resolveChain(candidates: readonly Candidate[]): number[] {
  const winners: number[] = [];
  let chain = candidates;
  while (chain.length) {
    let best = chain[0]!;
    for (const c of chain) {
      const [a1, a2, a3] = c.score;
      const [b1, b2, b3] = best.score;
      if (a1 > b1 || (a1 === b1 && (a2 > b2 || (a2 === b2 && a3 > b3)))) best = c;
    }
    winners.push(best.i);
    chain = chain.filter((c) => Math.abs(c.i - best.i) >= 4);
  }
  return winners;
}

/** Parallel runs separated by 、 / ，, sentence by sentence (cut at 。！？；). */
function findSeparatedRuns(text: string, found: Found): void {
  for (const { from, to } of sentenceSpans(text, SENTENCE_ENDS)) {
    const sentence = text.slice(from, to);
    const firstSep = sentence.search(/[、，]/);
    if (firstSep < 0 || !/[、，]/.test(sentence.slice(firstSep + 1))) continue;
    for (const r of separatedRuns(sentence)) {
      found('parallel', r.phrase, () => ({ sentence, highlights: [{ start: r.start, end: r.end }] }));
    }
  }
}

/** 要……要……要 series, sentence by sentence (cut at 。！？ only). */
function findYaoSeries(text: string, found: Found): void {
  if (!text.includes('要')) return;
  for (const { from, to } of sentenceSpans(text, YAO_SENTENCE_ENDS)) {
    const sentence = text.slice(from, to);
    if (!sentence.includes('要')) continue;
    const y = yaoSeries(sentence);
    if (y) found('yao-series', y.phrase, () => ({ sentence, highlights: y.highlights }));
  }
}

interface Acc {
  phrase: string;
  kind: PhraseKind;
  count: number;
  speeches: number;
  lastSpeech: number;
  from: number | null;
  to: number | null;
  examples: PhraseExample[];
  /** Further examples from speeches already in `examples`, used when too few speeches. */
  spare: PhraseExample[];
}

/** Every phrase found, with its counts, years and examples (one per speech first). */
class Tally {
  private readonly acc = new Map<string, Acc>();
  // A plain field, not a parameter property, so this file loads under Node's type stripping.
  private readonly maxExamples: number;
  constructor(maxExamples: number) {
    this.maxExamples = maxExamples;
  }

  record(kind: PhraseKind, phrase: string, at: Place, makeExample: MakeExample): void {
    const key = `${kind}\u0000${phrase}`;
    let a = this.acc.get(key);
    if (!a) {
      a = { phrase, kind, count: 0, speeches: 0, lastSpeech: -1, from: null, to: null, examples: [], spare: [] };
      this.acc.set(key, a);
    }
    a.count++;
    const { speech } = at;
    const newSpeech = a.lastSpeech !== at.index;
    if (newSpeech) {
      a.speeches++;
      a.lastSpeech = at.index;
      if (speech.year !== null) {
        a.from = a.from === null ? speech.year : Math.min(a.from, speech.year);
        a.to = a.to === null ? speech.year : Math.max(a.to, speech.year);
      }
    }
    const target = newSpeech ? a.examples : a.spare;
    if (target.length < this.maxExamples) {
      const ex = makeExample();
      if (![...a.examples, ...a.spare].some((e) => e.sentence === ex.sentence && e.slug === speech.slug)) {
        target.push({ slug: speech.slug, title: speech.title, anchor: speech.anchors[at.block] ?? '', ...ex });
      }
    }
  }

  /** The phrases counted at least `minCount(kind)` times, most frequent first. */
  phrases(minCount: (kind: PhraseKind) => number): SetPhrase[] {
    const out: SetPhrase[] = [];
    for (const a of this.acc.values()) {
      if (a.count < minCount(a.kind)) continue;
      out.push({
        phrase: a.phrase,
        kind: a.kind,
        count: a.count,
        speeches: a.speeches,
        years: a.from === null || a.to === null ? null : { from: a.from, to: a.to },
        examples: [...a.examples, ...a.spare].slice(0, this.maxExamples),
      });
    }
    return out.sort(byCount);
  }
}

function byCount(a: SetPhrase, b: SetPhrase): number {
  return b.count - a.count || b.speeches - a.speeches || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0);
}

/** Sentences of a text as [from, to) spans, each ending after its terminator (`terminators`: a global regex). */
function sentenceSpans(text: string, terminators: RegExp): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  terminators.lastIndex = 0;
  let from = 0;
  const push = (to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    if (to > from) out.push({ from, to });
  };
  for (let m = terminators.exec(text); m; m = terminators.exec(text)) {
    push(m.index + 1);
    from = m.index + 1;
  }
  push(text.length);
  return out;
}

/** A sentence cut into plain and marked pieces, for rendering `<mark>`. */
export function highlightPieces(sentence: string, highlights: readonly Highlight[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const h of [...highlights].sort((x, y) => x.start - y.start)) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: sentence.slice(at, h.start), mark: false });
    out.push({ text: sentence.slice(h.start, h.end), mark: true });
    at = h.end;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), mark: false });
  return out;
}

/**
 * An example cut to `width` characters on each side of its highlights, with … where
 * it was cut, so a long sentence does not make the page heavy.
 */
export function trimExample(sentence: string, highlights: readonly Highlight[], width = 40): { sentence: string; highlights: Highlight[] } {
  if (highlights.length === 0) return { sentence, highlights: [] };
  const from = Math.max(0, Math.min(...highlights.map((h) => h.start)) - width);
  const to = Math.min(sentence.length, Math.max(...highlights.map((h) => h.end)) + width);
  const head = from > 0 ? '…' : '';
  return {
    sentence: `${head}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`,
    highlights: highlights.map((h) => ({ start: h.start - from + head.length, end: h.end - from + head.length })),
  };
}

/** The years a phrase spans, as 2014–2023 (or 2019, or '' when unknown). */
export function yearSpan(years: SetPhrase['years']): string {
  if (!years) return '';
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}
