/**
 * The hand-labelled ingest evaluation set (tests/fixtures/ingest-eval/):
 * loading and checking the labels (their types are in label-types.ts; template
 * pages are assembled in assemble.ts).
 *
 * An item is one JSON file in `items/`. Its raw text is one of
 *   - a corpus file, read at run time from ../shared/corpus/ (never copied into the repo);
 *   - a seed in content/raw/;
 *   - a template in `templates/` (page chrome written by hand) with real speech
 *     text put in where its `{{speech N …}}` placeholders stand.
 *
 * Line numbers in the labels are 1-based lines of the raw file; for an
 * assembled item they are lines of the template (a placeholder line stands for
 * all the lines put in its place, see `assemble`). This module only reads
 * labels and text: it knows nothing of how the cleaner works.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from './assemble.ts';
import { CORPUS_DIR, EVAL_DIR, expandRanges, refPath, splitLines } from './label-types.ts';
import type { EvalItem, ItemLabel, Loaded, MixedLine, TextRef } from './label-types.ts';

export * from './label-types.ts';
export { assemble } from './assemble.ts';

export function listItemIds(dir = EVAL_DIR): string[] {
  return readdirSync(join(dir, 'items'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function readLabel(id: string, dir = EVAL_DIR): ItemLabel {
  const path = join(dir, 'items', `${id}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ItemLabel;
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message}); fix the label file`);
  }
}

// ---------------------------------------------------------------- loading

/** Reads one item: its raw text and its labels in raw-file lines. Corpus items are skipped when ../shared is absent. */
export function loadItem(id: string, dir = EVAL_DIR, corpusDir = CORPUS_DIR): Loaded {
  const label = readLabel(id, dir);
  const src = label.source;
  const refs: TextRef[] = 'template' in src ? src.speech : [];
  const files = 'template' in src ? refs.map((r) => refPath(r, corpusDir)) : [refPath(src, corpusDir)];
  const missing = files.find((f) => !existsSync(f.path));
  if (missing) {
    if (missing.needsCorpus)
      return { id, skipped: `${id}: skipped, ${missing.path} is absent (the corpus, ../shared/corpus, is not here)` };
    throw new Error(`${id}: ${missing.path} does not exist; fix the item's source`);
  }
  if (!('template' in src)) {
    const raw = readFileSync(files[0]!.path, 'utf8');
    const lines = splitLines(raw);
    const noiseLines = expandRanges(label.noise).filter((n) => (lines[n - 1] ?? '').trim());
    const mixed: MixedLine[] = (label.mixed ?? []).map((m) => mixedLine(m, lines[m.line - 1] ?? ''));
    const noiseSet = new Set(noiseLines);
    const speech: string[] = [];
    for (let n = label.body.first; n <= label.body.last; n++) {
      const mx = mixed.find((m) => m.line === n);
      if (mx) speech.push(mx.speech);
      else if (!noiseSet.has(n) && (lines[n - 1] ?? '').trim()) speech.push(lines[n - 1]!);
    }
    return { item: { id, kind: 'corpus' in src ? 'corpus' : 'seed', label, raw, lines, noiseLines, mixed, body: label.body, speech } };
  }
  const tpath = join(dir, 'templates', src.template);
  const a = assemble(readFileSync(tpath, 'utf8'), refs, corpusDir);
  const mapFirst = (t: number) => a.map[t]?.[0] ?? NaN;
  const mapLast = (t: number) => a.map[t]?.[a.map[t]!.length - 1] ?? NaN;
  const noiseLines = [...expandRanges(label.noise).flatMap((t) => a.map[t] ?? []), ...a.noise]
    .filter((n) => (a.lines[n - 1] ?? '').trim())
    .sort((x, y) => x - y);
  const mixed: MixedLine[] = [
    ...a.mixed,
    ...(label.mixed ?? []).map((m) => mixedLine({ ...m, line: mapFirst(m.line) }, a.lines[mapFirst(m.line) - 1] ?? '')),
  ];
  // Speech text: the paragraphs put in, plus the speech parts of template lines inside the body.
  const tmplSpeech = (label.mixed ?? []).flatMap((m) => (m.speech ? [m.speech] : [])).filter((s) => !a.speech.some((p) => p.includes(s)));
  const raw = a.lines.join('\n');
  return {
    item: {
      id,
      kind: 'assembled',
      label,
      raw,
      lines: a.lines,
      noiseLines,
      mixed,
      body: { first: mapFirst(label.body.first), last: mapLast(label.body.last) },
      speech: [...tmplSpeech, ...a.speech],
    },
  };
}

/** A labelled mixed line with its speech part and noise pieces spelt out. */
function mixedLine(m: NonNullable<ItemLabel['mixed']>[number], line: string): MixedLine {
  if (m.speech !== undefined) return { line: m.line, speech: m.speech, noise: m.noise ?? noiseParts(line, m.speech, m.header) };
  if (!m.noise) throw new Error(`mixed line ${m.line}: give its speech part or its noise pieces`);
  const rest = m.noise.reduce((l, x) => l.replace(x, ''), m.header ? line.replace(m.header, '') : line);
  return { line: m.line, speech: rest.trim(), noise: m.noise };
}

/** The parts of a line that are neither its labelled speech part nor its header part. */
function noiseParts(line: string, speech: string, header?: string): string[] {
  const i = line.indexOf(speech);
  if (i < 0) return [];
  return [line.slice(0, i), line.slice(i + speech.length)].map((s) => (header ? s.replace(header, '') : s).trim()).filter((s) => s);
}

// ---------------------------------------------------------------- checking

/** Problems with one label (empty when well-formed). Needs the raw text, so corpus items are checked only when ../shared is present. */
export function checkItem(item: EvalItem, campaigns: readonly string[]): string[] {
  const p: string[] = [];
  const { label, lines } = item;
  const n = lines.length;
  const inFile = (x: number) => Number.isInteger(x) && x >= 1 && x <= n;
  if (label.title !== null && (typeof label.title !== 'string' || !label.title.trim()))
    p.push('title is empty (null when the text gives no basis for one)');
  if (label.title === null && (label.subtitle !== undefined || label.titleAlt !== undefined))
    p.push('a null title takes no subtitle or titleAlt');
  if (label.speaker !== null && (typeof label.speaker !== 'string' || !label.speaker.trim())) p.push('speaker must be a name or null');
  if (label.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(label.date)) p.push(`date "${label.date}" is not YYYY-MM-DD`);
  if (label.date && label.year !== Number(label.date.slice(0, 4))) p.push(`year ${label.year} does not match date ${label.date}`);
  if (label.year !== null && !(Number.isInteger(label.year) && label.year > 1900 && label.year < 2100))
    p.push(`year ${label.year} is not a year`);
  if (label.publication !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(label.publication) || label.date !== null || label.year !== null)) {
    p.push('publication must be YYYY-MM-DD and only on an item with neither date nor year');
  }
  if (label.campaign !== null && !campaigns.includes(label.campaign)) p.push(`campaign "${label.campaign}" is not in CAMPAIGNS`);
  if (!inFile(item.body.first) || !inFile(item.body.last) || item.body.first > item.body.last) {
    p.push(`body ${item.body.first}-${item.body.last} is not a range inside the file's ${n} lines`);
  } else {
    if (!lines[item.body.first - 1]?.trim()) p.push(`body.first ${item.body.first} is a blank line`);
    if (!lines[item.body.last - 1]?.trim()) p.push(`body.last ${item.body.last} is a blank line`);
  }
  if ('template' in label.source) {
    const tl = splitLines(readFileSync(join(EVAL_DIR, 'templates', label.source.template), 'utf8')).length;
    for (const x of expandRanges(label.noise)) if (!(x >= 1 && x <= tl)) p.push(`noise line ${x} is outside the template's ${tl} lines`);
  } else {
    for (const r of label.noise) {
      const [a, b] = typeof r === 'number' ? [r, r] : r;
      if (!inFile(a) || !inFile(b) || a > b) p.push(`noise range ${JSON.stringify(r)} is not inside the file's ${n} lines`);
      else if (!lines.slice(a - 1, b).some((l) => l.trim())) p.push(`noise range ${JSON.stringify(r)} holds only blank lines`);
    }
  }
  for (const m of item.mixed) {
    if (!inFile(m.line)) p.push(`mixed line ${m.line} is outside the file`);
    else {
      const line = lines[m.line - 1]!;
      const header = (label.mixed ?? []).find((x) => x.line === m.line)?.header ?? '';
      const rest = m.noise
        .reduce((l, x) => l.replace(x, ''), line)
        .replace(header, '')
        .replace(/\s+/g, '');
      if (!line.includes(m.speech) && rest !== m.speech.replace(/\s+/g, ''))
        p.push(`mixed line ${m.line}: its speech part is not in the line`);
    }
  }
  for (const m of label.mixed ?? []) {
    if (m.speech === undefined) continue;
    const at = item.mixed.find((x) => x.speech === m.speech);
    if (at && !at.noise.length && !m.header && !('template' in label.source))
      p.push(`mixed line ${m.line}: the speech part is the whole line (then it is not mixed)`);
  }
  const noise = new Set(item.noiseLines);
  for (const m of item.mixed) if (noise.has(m.line)) p.push(`line ${m.line} is labelled both noise and mixed`);
  if (noise.has(item.body.first) || noise.has(item.body.last)) p.push('the body starts or ends on a noise line');
  if (!item.speech.length) p.push('no speech text in the body');
  return p;
}
