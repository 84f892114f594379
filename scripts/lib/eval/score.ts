/**
 * Scores one ingested speech against its labels. Pure: text in, figures out.
 * The methods are documented in tests/fixtures/ingest-eval/README.md.
 */
import type { Speech } from '../../../src/lib/ingest/index.ts';
import type { EvalItem } from './labels.ts';

export type Field = 'title' | 'speaker' | 'date' | 'campaign' | 'bodyStart' | 'bodyEnd';
export const FIELDS: Field[] = ['title', 'speaker', 'date', 'campaign', 'bodyStart', 'bodyEnd'];

export interface Miss {
  field: Field;
  expected: string;
  got: string;
}

export interface ItemScore {
  id: string;
  kind: EvalItem['kind'];
  /** The cleaner threw: every field is a miss, every speech character lost. */
  error?: string;
  right: Record<Field, boolean>;
  misses: Miss[];
  noise: { total: number; removed: number; kept: { line: number; text: string }[] };
  inline: { total: number; removed: number; kept: { line: number; text: string }[] };
  speech: { chars: number; lost: number; sentences: number; lostSentences: string[] };
  /**
   * Assembled items only (where the paragraphs put in are known exactly): how many of them come
   * out as one block each (a hard-wrapped paragraph rejoined, a glued one split). 0 / 0 elsewhere.
   */
  paragraphs: { total: number; whole: number };
}

/**
 * Comparison form: NFKC (full-width ASCII → ASCII), whitespace removed,
 * quotes, dashes and full stops folded, so that the cleaner's documented
 * normalisations (half-width → full-width punctuation, spaces) are not misses.
 */
export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[“”„‟"「」『』]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[—–―‐-]+/g, '-')
    .replace(/[。．.]/g, '.')
    .replace(/[·・•]/g, '·');
}

const show = (s: string | number | null | undefined): string => (s === null || s === undefined ? 'null' : String(s));

/**
 * A labelled title: the folded title, a titleAlt, or either with the subtitle. A null label (the
 * text gives no basis for a title) is right only when the cleaner says it found none (`untitled`):
 * a file name or any made-up title is a miss.
 */
export function titleRight(item: EvalItem, got: string, untitled = false): boolean {
  const { title, subtitle, titleAlt } = item.label;
  if (title === null) return untitled;
  if (untitled) return false;
  const g = norm(got);
  const ok = [title, ...(titleAlt ?? [])].map(norm);
  if (subtitle) for (const t of [title, ...(titleAlt ?? [])]) ok.push(norm(t) + norm(subtitle), `${norm(t)}-${norm(subtitle)}`);
  return ok.includes(g);
}

function dateRight(item: EvalItem, s: Speech): boolean {
  const { date, year } = item.label;
  if (date) return s.date === date;
  if (year !== null) return s.year === year && (s.date === null || s.date.startsWith(`${year}-`));
  if (s.date === null && s.year === null) return true;
  // The publication date, where the label allows it, is an acceptable fallback.
  const pub = item.label.publication;
  return !!pub && s.year === Number(pub.slice(0, 4)) && (s.date === null || s.date === pub);
}

/** Sentences: split after 。！？； (full or half width) and at paragraph ends. */
export function sentences(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const piece of p.split(/(?<=[。！？；!?;])/)) {
      if (norm(piece)) out.push(piece);
    }
  }
  return out;
}

/**
 * Speech sentences not found in the cleaned blocks. Each sentence is looked
 * for in the joined blocks from where the previous found one ended (order
 * kept); a sentence of 8 or more characters is also accepted anywhere.
 */
export function lostSpeech(paragraphs: string[], s: Speech): { chars: number; lost: number; sentences: number; lostSentences: string[] } {
  const hay = s.blocks.map((b) => norm(b.text)).join('');
  let cursor = 0;
  let chars = 0;
  let lost = 0;
  const lostSentences: string[] = [];
  const list = sentences(paragraphs);
  for (const sent of list) {
    const n = norm(sent);
    chars += [...n].length;
    const at = hay.indexOf(n, cursor);
    if (at >= 0) {
      cursor = at + n.length;
      continue;
    }
    if ([...n].length >= 8 && hay.includes(n)) continue;
    lost += [...n].length;
    lostSentences.push(sent.trim());
  }
  return { chars, lost, sentences: list.length, lostSentences };
}

interface Shown {
  line: number;
  text: string;
}

/** Everything of the output that carries a raw line: blocks and header lines, in line order. */
function shownPieces(s: Speech): Shown[] {
  return [...s.blocks.map((b) => ({ line: b.line, text: b.text })), ...(s.header ?? []).map((h) => ({ line: h.line, text: h.text }))].sort(
    (a, b) => a.line - b.line,
  );
}

/**
 * Is this noise text (from raw line `line`) still in the output? First, a
 * removal reported at that line whose text holds it means removed. Otherwise
 * it is kept when the output piece that covers the line (the last block or
 * header line starting at or before it) contains it, or most of it (see
 * `mostlyKept`); a noise text of 3 characters or fewer must then be that
 * piece's start or end, or the piece must start on that very line (so `1` is
 * not found inside any number).
 */
export function noiseKept(text: string, line: number, s: Speech, pieces: Shown[]): boolean {
  const n = norm(text);
  if (!n) return false;
  if (s.removed.some((r) => r.line === line && norm(r.text).includes(n))) return false;
  const covering = pieces.filter((p) => p.line <= line);
  const last = covering[covering.length - 1];
  const candidates = covering.filter((p) => p.line === last?.line);
  for (const p of candidates) {
    const t = norm(p.text);
    if (t.includes(n)) {
      if ([...n].length > 3 || p.line === line || t.startsWith(n) || t.endsWith(n)) return true;
      continue;
    }
    if (mostlyKept(text, t)) return true;
  }
  return false;
}

/**
 * A noise text cut down but not removed still counts as kept: split at spaces
 * and clause punctuation, it is kept when fragments of two or more characters
 * making up at least half of its characters are still in the output piece.
 */
function mostlyKept(text: string, piece: string): boolean {
  const frags = text
    .split(/[\s\u3000，。！？；、,;]+/)
    .map(norm)
    .filter((f) => [...f].length >= 2);
  if (frags.length < 2) return false;
  const total = frags.reduce((k, f) => k + [...f].length, 0);
  const kept = frags.filter((f) => piece.includes(f)).reduce((k, f) => k + [...f].length, 0);
  return kept * 2 >= total;
}

export function scoreItem(item: EvalItem, s: Speech | Error): ItemScore {
  const speechAll = sentences(item.speech).reduce((n, x) => n + [...norm(x)].length, 0);
  if (s instanceof Error) {
    const right = Object.fromEntries(FIELDS.map((f) => [f, false])) as Record<Field, boolean>;
    const inlineTotal = item.mixed.reduce((n, m) => n + m.noise.length, 0);
    return {
      id: item.id,
      kind: item.kind,
      error: s.message,
      right,
      misses: FIELDS.map((f) => ({ field: f, expected: '', got: `error: ${s.message}` })),
      noise: { total: item.noiseLines.length, removed: 0, kept: [] },
      inline: { total: inlineTotal, removed: 0, kept: [] },
      speech: { chars: speechAll, lost: speechAll, sentences: sentences(item.speech).length, lostSentences: [] },
      paragraphs: { total: item.kind === 'assembled' ? item.speech.length : 0, whole: 0 },
    };
  }
  const misses: Miss[] = [];
  const L = item.label;
  const blocks = s.blocks;
  const firstBlock = blocks[0];
  const lastBlock = blocks[blocks.length - 1];
  const lastText = norm(item.mixed.find((m) => m.line === item.body.last)?.speech ?? item.lines[item.body.last - 1] ?? '');
  const tail = [...lastText].slice(-6).join('');
  const right: Record<Field, boolean> = {
    title: titleRight(item, s.title, 'untitled' in s && s.untitled === true),
    speaker: norm(s.speaker ?? '') === norm(L.speaker ?? ''),
    date: dateRight(item, s),
    campaign: s.campaign === L.campaign,
    bodyStart: firstBlock?.line === item.body.first,
    bodyEnd:
      !!lastBlock &&
      lastBlock.line <= item.body.last &&
      blocks
        .map((b) => norm(b.text))
        .join('')
        .endsWith(tail),
  };
  const expectedDate = L.date ?? (L.year !== null ? String(L.year) : null);
  const gotDate = s.date ?? (s.year !== null ? `${s.year} (year)` : null);
  const exp: Record<Field, string> = {
    title: L.title === null ? '(none: the text gives no basis for a title)' : L.title + (L.subtitle ? ` [subtitle: ${L.subtitle}]` : ''),
    speaker: show(L.speaker),
    date: show(expectedDate),
    campaign: show(L.campaign),
    bodyStart: `line ${item.body.first}`,
    bodyEnd: `line ${item.body.last}`,
  };
  const got: Record<Field, string> = {
    title: 'untitled' in s && s.untitled === true ? `(marked untitled) ${s.title}` : s.title,
    speaker: show(s.speaker),
    date: show(gotDate),
    campaign: show(s.campaign),
    bodyStart: firstBlock ? `line ${firstBlock.line}: ${firstBlock.text.slice(0, 30)}` : 'no blocks',
    bodyEnd: lastBlock ? `line ${lastBlock.line}: …${[...lastBlock.text].slice(-30).join('')}` : 'no blocks',
  };
  for (const f of FIELDS) if (!right[f]) misses.push({ field: f, expected: exp[f], got: got[f] });

  const pieces = shownPieces(s);
  const kept = item.noiseLines
    .map((line) => ({ line, text: item.lines[line - 1] ?? '' }))
    .filter((x) => noiseKept(x.text, x.line, s, pieces));
  const inlineAll = item.mixed.flatMap((m) => m.noise.map((text) => ({ line: m.line, text })));
  const inlineKept = inlineAll.filter((x) => noiseKept(x.text, x.line, s, pieces));
  return {
    id: item.id,
    kind: item.kind,
    right,
    misses,
    noise: { total: item.noiseLines.length, removed: item.noiseLines.length - kept.length, kept },
    inline: { total: inlineAll.length, removed: inlineAll.length - inlineKept.length, kept: inlineKept },
    speech: lostSpeech(item.speech, s),
    paragraphs: wholeParagraphs(item, s),
  };
}

/** Paragraphs put into an assembled page that come out as one block each (folded text equal). */
function wholeParagraphs(item: EvalItem, s: Speech): { total: number; whole: number } {
  if (item.kind !== 'assembled') return { total: 0, whole: 0 };
  const blocks = new Set(s.blocks.map((b) => norm(b.text)));
  return { total: item.speech.length, whole: item.speech.filter((p) => blocks.has(norm(p))).length };
}
