/**
 * Optional YAML front matter: a `---` … `---` block on the very first lines of
 * a raw file, where an editor corrects what ingest would otherwise read or
 * guess. Anything wrong in it stops the build with the raw file's line number,
 * because a silently ignored correction is worse than none.
 *
 * A block written by another tool (a blog or notes app: `tags`, `categories`,
 * `layout` …) is not the editor's corrections: when it has a key that is neither
 * the archive's nor a slip for one (`titel`, `author` for speaker), it is the
 * page's own metadata. Its title, date, author and link become weak page facts
 * (like an HTML page's meta), and ingest reports the whole block as removed.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { IngestError } from './types.ts';
import type { MetaField, PageFacts } from './types.ts';
import { CAMPAIGNS } from './campaigns.ts';

export interface FrontMatter {
  /** Fields the editor set; a `null` value forces the field to unknown. */
  values: Partial<Record<MetaField, string | number | null>>;
  /** 1-based raw line of each key, for the FieldNote. */
  lines: Partial<Record<MetaField, number>>;
  /** The raw text of each key's line, for the FieldNote evidence. */
  evidence: Partial<Record<MetaField, string>>;
  /** Number of raw lines the block takes, fences included (0 when absent). */
  lineCount: number;
  /** Set when the block is another tool's metadata, not the archive's (then `values` is empty). */
  foreign?: {
    /** The keys that show it: neither the archive's nor a slip for one. */
    keys: string[];
    /** What it says about the page, weak evidence. */
    facts: Omit<PageFacts, 'format'>;
  };
}

const KEYS: readonly MetaField[] = ['title', 'speaker', 'date', 'year', 'occasion', 'campaign'];
/** Keys an editor may write meaning one of the archive's: an error that names the right key, never a foreign block. */
const SLIPS: Readonly<Record<string, MetaField>> = {
  author: 'speaker',
  by: 'speaker',
  name: 'speaker',
  time: 'date',
  day: 'date',
  event: 'occasion',
  meeting: 'occasion',
};
const FENCE = /^---\s*$/;

function lineOfOffset(src: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < src.length; i++) if (src[i] === '\n') n++;
  return n; // 0-based within the YAML source
}

/** `lines` are the raw file's lines (BOM already stripped). */
export function readFrontMatter(lines: readonly string[], source: string): FrontMatter {
  const none: FrontMatter = { values: {}, lines: {}, evidence: {}, lineCount: 0 };
  if (!FENCE.test(lines[0] ?? '')) return none;
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) {
    throw new IngestError(
      source,
      1,
      'front matter opened with --- is never closed',
      'add a closing --- line after the YAML keys, or remove the opening ---',
    );
  }
  const yamlLines = lines.slice(1, close);
  const src = yamlLines.join('\n');
  // Raw line of YAML line k (0-based): the opening fence is raw line 1.
  const rawLine = (k: number): number => k + 2;
  const doc = parseDocument(src, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const k = lineOfOffset(src, err.pos[0]);
    throw new IngestError(
      source,
      rawLine(k),
      `broken YAML in front matter: ${err.message.split('\n')[0]}`,
      'fix the YAML syntax (key: value, one per line) between the --- lines',
    );
  }
  const out: FrontMatter = { values: {}, lines: {}, evidence: {}, lineCount: close + 1 };
  if (doc.contents === null) return out; // an empty block is allowed
  if (!isMap(doc.contents)) {
    throw new IngestError(source, 2, 'front matter is not a list of key: value lines', `use keys ${KEYS.join(', ')}`);
  }
  const keyOf = (node: unknown): string => (isScalar(node) ? String(node.value) : String(node));
  const foreignKeys = doc.contents.items.map((p) => keyOf(p.key)).filter((k) => !isArchiveKey(k) && !slipFor(k));
  if (foreignKeys.length) {
    const entries = doc.contents.items.map((p) => [keyOf(p.key).toLowerCase(), isScalar(p.value) ? p.value.value : null] as const);
    return { ...out, foreign: { keys: foreignKeys, facts: pageFacts(new Map(entries)) } };
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = keyOf(keyNode);
    const start = isScalar(keyNode) && keyNode.range ? keyNode.range[0] : 0;
    const k = lineOfOffset(src, start);
    const line = rawLine(k);
    if (!isArchiveKey(key)) {
      const meant = slipFor(key);
      throw new IngestError(
        source,
        line,
        `unknown front matter key "${key}"`,
        meant ? `did you mean ${meant}? use only ${KEYS.join(', ')}` : `use only ${KEYS.join(', ')}`,
      );
    }
    const field = key as MetaField;
    const node = pair.value;
    const value: unknown = isScalar(node) ? node.value : node === null ? null : (node as { toJSON(): unknown }).toJSON();
    out.values[field] = checkValue(field, value, source, line);
    out.lines[field] = line;
    out.evidence[field] = yamlLines[k] ?? '';
  }
  const { date, year } = out.values;
  if (typeof date === 'string' && typeof year === 'number' && Number(date.slice(0, 4)) !== year) {
    throw new IngestError(
      source,
      out.lines.year ?? null,
      `front matter year ${year} does not match date ${date}`,
      'remove year (it follows from date) or correct one of them',
    );
  }
  return out;
}

const isArchiveKey = (key: string): boolean => (KEYS as readonly string[]).includes(key);

/** The archive key `key` is a slip for: a known alias, or one edit away (`titel`, `speakr`, `dat`). */
function slipFor(key: string): MetaField | undefined {
  const k = key.toLowerCase();
  return SLIPS[k] ?? KEYS.find((m) => m === k || editDistanceAtMostOne(m, k) || (m.length === k.length && sameLetters(m, k)));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Two letters swapped (`tilte`). */
const sameLetters = (a: string, b: string): boolean => [...a].sort().join('') === [...b].sort().join('');

/** A foreign block's page facts: its title, the day of its date (a time after it dropped), its author, its link. */
function pageFacts(values: ReadonlyMap<string, unknown>): Omit<PageFacts, 'format'> {
  const text = (k: string): string | undefined => {
    const v = values.get(k);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const facts: Omit<PageFacts, 'format'> = {};
  const title = text('title');
  if (title) facts.title = title;
  const author = text('author');
  if (author) facts.author = author;
  const rawDate = values.get('date');
  const day = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : /^\d{4}-\d{2}-\d{2}/.exec(String(rawDate ?? ''))?.[0];
  if (day && isValidIsoDate(day)) facts.published = day;
  const url = ['url', 'link', 'source', 'original'].map(text).find((v) => v && /^https?:\/\//.test(v));
  if (url) facts.url = url;
  return facts;
}

function checkValue(field: MetaField, value: unknown, source: string, line: number): string | number | null {
  if (value === null) {
    if (field === 'title') throw new IngestError(source, line, 'front matter title is empty', 'give the title text or remove the key');
    return null;
  }
  if (field === 'year') {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100) return value;
    throw new IngestError(source, line, `bad year "${String(value)}" in front matter`, 'write a four-digit year, e.g. year: 2019');
  }
  if (field === 'date') {
    // YAML may already have turned 2019-11-12 into a Date; accept both forms.
    const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    if (!isValidIsoDate(s)) {
      throw new IngestError(source, line, `bad date "${s}" in front matter`, 'write the date as YYYY-MM-DD, e.g. date: 2019-11-12');
    }
    return s;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new IngestError(source, line, `front matter ${field} must be text`, `write ${field}: followed by the text on one line`);
  }
  const s = String(value).trim();
  if (!s) throw new IngestError(source, line, `front matter ${field} is empty`, `give the ${field} or remove the key`);
  if (field === 'campaign' && !CAMPAIGNS.some((c) => c.name === s)) {
    throw new IngestError(
      source,
      line,
      `unknown campaign "${s}" in front matter`,
      `use one of: ${CAMPAIGNS.map((c) => c.name).join(' / ')}`,
    );
  }
  return s;
}

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
