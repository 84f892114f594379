/**
 * Assembling a page of the ingest eval set: a hand-written template (site
 * chrome) with real speech text put where its `{{speech N …}}` placeholders
 * stand, and the labels that follow from how it was put in (page-break lines,
 * inserted junk and glued chrome are noise; the paragraphs put in are speech).
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { CORPUS_DIR, refPath, splitLines } from './label-types.ts';
import type { MixedLine, TextRef } from './label-types.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * A placeholder `{{speech N opts}}` in a template line stands for the text of
 * the item's Nth TextRef (N from 1). Text before it on the same line is glued
 * to the first line put in, text after it to the last (so a template can glue a
 * photo credit or a dateline to the speech). Options:
 *   indent        each paragraph starts with two U+3000
 *   entity        each paragraph starts with undecoded `&nbsp;` entities (noise
 *                 inside the line), as in text copied from a page's source
 *   trad          the speech text converted to traditional characters (OpenCC cn→tw)
 *   wrap=N        paragraphs hard-wrapped every N characters (PDF text)
 *   page=K        with wrap: after every K wrapped lines, a page break: the
 *                 `foot` line, a blank, then the `head` line (both labelled noise)
 *   head="…" foot="…"  running header / footer; `{n}` is the page number
 *   junk=K        every Kth paragraph gets a run of anti-scraping junk put in
 *                 after its first sentence (labelled as noise inside that line)
 *   copy          the text is a site's copy (a summary of the opening): all its
 *                 lines are noise and none of it counts as speech
 *   cut=N         only the first N characters of the text, then `…` (with copy)
 *   hdr           the text glued before / after the placeholder is header
 *                 (a dateline, a byline), not noise
 *   sentences     each sentence on a line of its own (cut after 。！？ and the
 *                 closing quotes that follow), a blank line between paragraphs,
 *                 as in a plain .txt typed or pasted one sentence a line
 */
const PLACEHOLDER = /\{\{speech (\d+)((?:\s+[a-z]+(?:=(?:"[^"]*"|\S+?))?)*)\s*\}\}/g;

interface PlaceOpts {
  indent: boolean;
  entity: boolean;
  trad: boolean;
  wrap: number;
  page: number;
  head: string;
  foot: string;
  junk: number;
  copy: boolean;
  cut: number;
  hdr: boolean;
  sentences: boolean;
}

function parseOpts(s: string): PlaceOpts {
  const o: PlaceOpts = {
    indent: false,
    entity: false,
    trad: false,
    wrap: 0,
    page: 0,
    head: '',
    foot: '',
    junk: 0,
    copy: false,
    cut: 0,
    hdr: false,
    sentences: false,
  };
  for (const m of s.matchAll(/([a-z]+)(?:=("[^"]*"|\S+))?/g)) {
    const key = m[1] ?? '';
    const v = (m[2] ?? '').replace(/^"|"$/g, '');
    if (key === 'indent') o.indent = true;
    else if (key === 'entity') o.entity = true;
    else if (key === 'trad') o.trad = true;
    else if (key === 'wrap') o.wrap = Number(v);
    else if (key === 'page') o.page = Number(v);
    else if (key === 'head') o.head = v;
    else if (key === 'foot') o.foot = v;
    else if (key === 'junk') o.junk = Number(v);
    else if (key === 'copy') o.copy = true;
    else if (key === 'cut') o.cut = Number(v);
    else if (key === 'hdr') o.hdr = true;
    else if (key === 'sentences') o.sentences = true;
    else throw new Error(`unknown placeholder option "${key}"`);
  }
  return o;
}

/** Deterministic junk of the kind some sites sprinkle into text to spoil copying. */
const JUNK = ["' J0 z# o' @% k. x", '4 o! U8 Q; d6 ?', '# ^, i# l7 m; _, x" a', '2 R( s$ z/ g- `1 W'];

const NBSP = '&nbsp;&nbsp;&nbsp;&nbsp;';

interface Inserted {
  lines: string[];
  noise: number[];
  mixed: { at: number; speech: string; noise: string[] }[];
}

/** The raw lines a placeholder becomes (indices relative to its first line). */
function expandSpeech(paragraphs: string[], o: PlaceOpts): Inserted {
  const out: string[] = [];
  const noise: number[] = [];
  const mixed: Inserted['mixed'] = [];
  let page = 1;
  let onPage = 0;
  paragraphs.forEach((p0, pi) => {
    const p = (o.indent ? '\u3000\u3000' : '') + p0;
    if (o.junk && pi % o.junk === o.junk - 1) {
      const cut = p.search(/[。！？]/);
      if (cut > 0 && cut < p.length - 1) {
        const junk = JUNK[Math.floor(pi / o.junk) % JUNK.length] ?? '';
        mixed.push({ at: out.length, speech: p, noise: [junk] });
        out.push(p.slice(0, cut + 1) + junk + p.slice(cut + 1));
        return;
      }
    }
    if (o.sentences) {
      if (pi > 0) out.push('');
      out.push(...(p.match(/[^。！？]+(?:[。！？]+[”’」』]*|$)/g) ?? [p]));
      return;
    }
    if (!o.wrap) {
      if (o.entity) {
        mixed.push({ at: out.length, speech: p, noise: [NBSP] });
        out.push(NBSP + p);
      } else out.push(p);
      return;
    }
    const chars = [...p];
    for (let i = 0; i < chars.length; i += o.wrap) {
      out.push(chars.slice(i, i + o.wrap).join(''));
      onPage++;
      if (o.page && onPage >= o.page) {
        onPage = 0;
        if (o.foot) {
          noise.push(out.length);
          out.push(o.foot.replaceAll('{n}', String(page)));
        }
        out.push('');
        page++;
        if (o.head) {
          noise.push(out.length);
          out.push(o.head.replaceAll('{n}', String(page)));
        }
      }
    }
  });
  return { lines: out, noise, mixed };
}

function readRef(ref: TextRef, corpusDir: string): string[] {
  const { path } = refPath(ref, corpusDir);
  const all = splitLines(readFileSync(path, 'utf8'));
  const [a, b] = ref.lines;
  const skip = new Set(ref.skip ?? []);
  const kept = all.slice(a - 1, b).filter((_, i) => !skip.has(a + i));
  if (ref.between) {
    const text = kept.join('');
    const [from, to] = ref.between;
    const i = text.indexOf(from);
    const j = to ? text.indexOf(to, i) : text.length;
    if (i < 0 || j < 0) throw new Error(`between: marker not found in ${'corpus' in ref ? ref.corpus : ref.seed}`);
    return text
      .slice(i, j)
      .split(/[\u3000\u2003]{2,}/)
      .map((l) => l.trim())
      .filter((l) => l);
  }
  return kept.map((l) => l.trim()).filter((l) => l);
}

/** Assembles a template: raw lines, plus the map from template lines to raw lines. */
export function assemble(
  templateText: string,
  refs: TextRef[],
  corpusDir = CORPUS_DIR,
): {
  lines: string[];
  /** raw lines (1-based) each template line became */
  map: number[][];
  noise: number[];
  mixed: MixedLine[];
  speech: string[];
} {
  const tlines = splitLines(templateText);
  const lines: string[] = [];
  const map: number[][] = [[]];
  const noise: number[] = [];
  const mixed: MixedLine[] = [];
  const speech: string[] = [];
  for (const t of tlines) {
    PLACEHOLDER.lastIndex = 0;
    const m = PLACEHOLDER.exec(t);
    if (!m) {
      lines.push(t);
      map.push([lines.length]);
      continue;
    }
    const ref = refs[Number(m[1]) - 1];
    if (!ref) throw new Error(`placeholder ${m[0]} has no speech ${m[1]} in the item`);
    const o = parseOpts(m[2] ?? '');
    let paras = readRef(ref, corpusDir);
    if (o.trad) paras = paras.map((p) => toTraditional(p));
    if (o.cut) paras = [`${[...paras.join('')].slice(0, o.cut).join('')}…`];
    if (!o.copy) speech.push(...paras);
    const ins = expandSpeech(paras, o);
    const before = t.slice(0, m.index);
    const after = t.slice(m.index + m[0].length);
    const start = lines.length + 1;
    ins.lines.forEach((l, i) => {
      let text = l;
      if (i === 0 && before) text = before + text;
      if (i === ins.lines.length - 1 && after) text = text + after;
      lines.push(text);
    });
    const first = start;
    const last = start + ins.lines.length - 1;
    map.push(Array.from({ length: ins.lines.length }, (_, i) => start + i));
    if (o.copy) {
      for (let i = first; i <= last; i++) noise.push(i);
      continue;
    }
    for (const n of ins.noise) noise.push(start + n);
    for (const x of ins.mixed) mixed.push({ line: start + x.at, speech: x.speech, noise: x.noise });
    const glued = (t: string) => (o.hdr || !t.trim() ? [] : [t.trim()]);
    if (before.trim()) mixed.push({ line: first, speech: ins.lines[0] ?? '', noise: glued(before) });
    if (after.trim()) mixed.push({ line: last, speech: ins.lines[ins.lines.length - 1] ?? '', noise: glued(after) });
  }
  return { lines, map, noise, mixed, speech };
}
