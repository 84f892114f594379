/** The plain-text table printed at the end, and the shape of bench/results.json. */
import type { BuildRun } from './build.ts';
import type { CorpusInfo } from './corpus.ts';
import type { Exactness } from './exactness.ts';
import type { IncrementalRun } from './incremental.ts';
import type { PropertyRun } from './property.ts';
import type { Machine } from './machine.ts';
import type { SearchBench } from './search.ts';
import type { SiteSizes } from './sizes.ts';
import { median } from './stats.ts';

export interface SizeResult {
  n: number;
  corpus: CorpusInfo;
  full: BuildRun;
  sizes: SiteSizes;
  incremental: IncrementalRun | null;
  search: SearchBench;
  /** `--http2`: the same search over HTTP/2 with TLS (supplementary; absent without the flag). */
  searchHttp2?: SearchBench;
  exactness: Exactness;
  /** Random phrases against brute force over every text (absent before this field existed). */
  property?: PropertyRun;
}

export interface Results {
  date: string;
  machine: Machine;
  args: string[];
  runs: SizeResult[];
  growth: { fromN: number; toN: number; fullBuildRatio: number; perSpeechMs: Record<string, number> } | null;
}

/** Targets of issue 13 (1 KB = 1000 bytes, as the server sent them). */
export const TARGETS = {
  pageBytes: 100_000,
  firstQueryBytes: 100_000,
  firstQueryMs: 200,
  laterMedianMs: 50,
  laterP95Ms: 150,
  laterMedianBytes: 30_000,
} as const;

const kb = (b: number | null | undefined) => (b == null ? '–' : `${(b / 1000).toFixed(1)} KB`);
const mb = (b: number | null | undefined) => (b == null ? '–' : `${(b / 1e6).toFixed(2)} MB`);
const sec = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const msf = (ms: number | null | undefined) => (ms == null ? '–' : `${Math.round(ms)} ms`);
const rssMb = (kib: number | null | undefined) => (kib == null || kib === 0 ? '–' : `${Math.round(kib / 1024)} MiB`);
const ok = (met: boolean) => (met ? 'met' : 'NOT met');

export function targetsMet(s: SearchBench) {
  return {
    pageBytes: s.page.serverBytes <= TARGETS.pageBytes,
    firstBytes: s.first.serverBytes <= TARGETS.firstQueryBytes,
    firstMs: s.first.ms <= TARGETS.firstQueryMs,
    laterMs: s.laterMedianMs !== null && s.laterMedianMs <= TARGETS.laterMedianMs,
    laterP95Ms: s.laterP95Ms !== null && s.laterP95Ms <= TARGETS.laterP95Ms,
    laterBytes: s.laterMedianServerBytes !== null && s.laterMedianServerBytes <= TARGETS.laterMedianBytes,
  };
}

export function tableRows(runs: readonly SizeResult[]): string[][] {
  const rows: string[][] = [['', ...runs.map((r) => `N = ${r.n}`)]];
  const row = (label: string, f: (r: SizeResult) => string) => rows.push([label, ...runs.map(f)]);
  const full = (r: SizeResult) => r.full.timeWallMs ?? r.full.wallMs;
  row('corpus: real + recombined speeches', (r) => `${r.corpus.real} + ${r.corpus.synthetic}${r.corpus.reused ? ' (reused)' : ''}`);
  row('corpus: raw text', (r) => `${(r.corpus.chars / 1e6).toFixed(2)} M chars`);
  row('FULL BUILD wall (astro build --force)', (r) => sec(full(r)));
  row('  per speech', (r) => msf(full(r) / r.n));
  row('  CPU time, user + system (time %U + %S)', (r) =>
    r.full.cpuMs == null ? '–' : `${sec(r.full.cpuMs)} (${(r.full.cpuMs / full(r)).toFixed(2)} cores)`,
  );
  row('  ingest (start → [speech-loader] line)', (r) => sec(r.full.stages.ingestMs));
  row('    of which start-up (→ Syncing content)', (r) => sec(r.full.stages.startupMs));
  row('    of which speech loader', (r) => sec(r.full.stages.loaderMs));
  row('  Vite bundles (sum of ✓ built in)', (r) => sec(r.full.stages.bundleMs));
  row('  page generation (static routes)', (r) => sec(r.full.stages.pagesMs));
  row('  cross-speech (parallels, related, copies)', (r) =>
    r.full.stages.crossSpeechMs == null
      ? '–'
      : `${sec(r.full.stages.crossSpeechMs)} (${((100 * r.full.stages.crossSpeechMs) / full(r)).toFixed(1)} % of the build; parallels ${sec(r.full.stages.crossParallelsMs)}, related ${sec(r.full.stages.crossRelatedMs)})`,
  );
  row(
    '  search stage (index, filters, text, quick box)',
    (r) => `${sec(r.full.stages.searchMs)} (n-gram index ${sec(r.full.stages.indexMs)})`,
  );
  row('  peak RSS, whole process tree (/proc)', (r) => rssMb(r.full.peakRssTreeKb));
  row('  max RSS, largest process (time %M)', (r) => rssMb(r.full.maxRssSingleKb));
  row('INCREMENTAL: 1 file changed', (r) =>
    r.incremental
      ? `${sec(r.incremental.changed.timeWallMs ?? r.incremental.changed.wallMs)} (${((r.incremental.changed.timeWallMs ?? r.incremental.changed.wallMs) / full(r)).toFixed(2)} × full)`
      : 'skipped',
  );
  row('INCREMENTAL: 1 file added', (r) =>
    r.incremental
      ? `${sec(r.incremental.added.timeWallMs ?? r.incremental.added.wallMs)} (${((r.incremental.added.timeWallMs ?? r.incremental.added.wallMs) / full(r)).toFixed(2)} × full)`
      : 'skipped',
  );
  row('  text folders written (changed / added)', (r) =>
    r.incremental
      ? `${r.incremental.changed.stages.textFoldersWritten ?? '?'} / ${r.incremental.added.stages.textFoldersWritten ?? '?'} of ${r.n}`
      : '–',
  );
  row('  pages rendered / kept from last build (changed run)', (r) =>
    r.incremental
      ? `${(r.incremental.changed.stages.pagesBuilt ?? 0) - r.incremental.changed.stages.pagesReused} / ${r.incremental.changed.stages.pagesReused}`
      : '–',
  );
  row('  page generation: full → changed run', (r) =>
    r.incremental ? `${sec(r.full.stages.pagesMs)} → ${sec(r.incremental.changed.stages.pagesMs)}` : '–',
  );
  row('  search stage: full → changed run', (r) =>
    r.incremental ? `${sec(r.full.stages.searchMs)} → ${sec(r.incremental.changed.stages.searchMs)}` : '–',
  );
  row('  ingested / unchanged (changed run)', (r) =>
    r.incremental ? `${r.incremental.changed.stages.ingested} / ${r.incremental.changed.stages.unchanged}` : '–',
  );
  row('  speech loader: full → changed run', (r) =>
    r.incremental ? `${sec(r.full.stages.loaderMs)} → ${sec(r.incremental.changed.stages.loaderMs)}` : '–',
  );
  rows.push(...measuredRows(runs).slice(1));
  return rows;
}

/** What a run measures of a built site (sizes, search in Chromium, exactness): the table's rows from SIZES on, after a header row. */
export function measuredRows(runs: readonly Pick<SizeResult, 'n' | 'sizes' | 'search' | 'exactness' | 'property'>[]): string[][] {
  const rows: string[][] = [['', ...runs.map((r) => `N = ${r.n}`)]];
  const row = (label: string, f: (r: (typeof runs)[number]) => string) => rows.push([label, ...runs.map(f)]);
  row('SIZES: dist total', (r) => `${mb(r.sizes.totalBytes)} (${r.sizes.files} files)`);
  row('  HTML', (r) => `${mb(r.sizes.htmlBytes)} (${r.sizes.htmlPages} pages)`);
  row('  n-gram index (dist/search-index)', (r) => `${mb(r.sizes.searchIndexBytes)} (${r.sizes.searchIndexFiles} files)`);
  row('  text chunks, filters (dist/search-data)', (r) => `${mb(r.sizes.searchDataBytes)} (${r.sizes.searchDataFiles} files)`);
  row('  quick box Pagefind (dist/pagefind)', (r) => `${mb(r.sizes.pagefindBytes)} (${r.sizes.pagefindFiles} files)`);
  row('  largest page', (r) => (r.sizes.largestPage ? `${kb(r.sizes.largestPage.bytes)} ${r.sizes.largestPage.path}` : '–'));
  row('  speech page HTML, median', (r) => kb(r.sizes.speechHtmlMedian));
  row('  speech page HTML, largest', (r) =>
    r.sizes.speechHtmlLargest ? `${kb(r.sizes.speechHtmlLargest.bytes)} ${r.sizes.speechHtmlLargest.path}` : '–',
  );
  row('  speech page JS (raw / gzip)', (r) =>
    r.sizes.speechJs ? `${kb(r.sizes.speechJs.bytes)} / ${kb(r.sizes.speechJs.gzipBytes)} (${r.sizes.speechJs.files.length} files)` : '–',
  );
  row(
    'SEARCH: /search/ load (sent / gzip est.)',
    (r) =>
      `${kb(r.search.page.serverBytes)} / ${kb(r.search.page.gzipBytes)}, ${r.search.page.requests} requests, ${msf(r.search.page.ms)} (${ok(targetsMet(r.search).pageBytes)}: ≤ ${TARGETS.pageBytes / 1000} KB)`,
  );
  row(
    `  first query "${runs[0]?.search.first.query ?? ''}": time`,
    (r) => `${msf(r.search.first.ms)} (${ok(targetsMet(r.search).firstMs)}: ≤ ${TARGETS.firstQueryMs} ms)`,
  );
  row(
    '  first query: bytes sent (gzip est.)',
    (r) =>
      `${kb(r.search.first.serverBytes)} (${kb(r.search.first.gzipBytes)}) (${ok(targetsMet(r.search).firstBytes)}: ≤ ${TARGETS.firstQueryBytes / 1000} KB)`,
  );
  row('  first query: page-visible bytes (CDP)', (r) => kb(r.search.first.cdpBytes));
  row('  first query: speeches found', (r) => `${r.search.first.results}`);
  row(
    '  later queries: median / p95 time',
    (r) =>
      `${msf(r.search.laterMedianMs)} / ${msf(r.search.laterP95Ms)} (${ok(targetsMet(r.search).laterMs)}: median ≤ ${TARGETS.laterMedianMs} ms; ${ok(targetsMet(r.search).laterP95Ms)}: p95 ≤ ${TARGETS.laterP95Ms} ms)`,
  );
  row(
    '  later queries: median bytes sent, requests',
    (r) =>
      `${kb(r.search.laterMedianServerBytes)}, ${median(r.search.later.map((q) => q.requests)) ?? '–'} requests (${ok(targetsMet(r.search).laterBytes)}: ≤ ${TARGETS.laterMedianBytes / 1000} KB)`,
  );
  row(
    '  later queries typed key by key: median / p95 (Enter → list)',
    (r) => `${msf(r.search.typedMedianMs)} / ${msf(r.search.typedP95Ms)}`,
  );
  row('  later queries: count, results min–max', (r) => {
    const res = r.search.later.map((q) => q.results);
    return res.length ? `${res.length}, ${Math.min(...res)}–${Math.max(...res)}` : '0';
  });
  row(
    'EXACTNESS: query set of the search issue',
    (r) => `${r.exactness.exact} / ${r.exactness.queries} queries exact (${r.exactness.failures.length ? 'NOT met' : 'met'})`,
  );
  row('  speeches reported / in the text', (r) => `${r.exactness.reported} / ${r.exactness.relevant}`);
  row('  property: random phrases exact / asked (absent), vs brute force', (r) =>
    r.property
      ? `${r.property.phrases - r.property.failed} / ${r.property.phrases} (${r.property.absent} absent) (${r.property.failed ? 'NOT met' : 'met'}), ${sec(r.property.ms)}`
      : '–',
  );
  return rows;
}

/** `--http2`: the query figures of `searchHttp2`, rows as in measuredRows (no target verdicts: those belong to the default run). */
export function http2Rows(runs: readonly { n: number; searchHttp2?: SearchBench }[]): string[][] {
  const rows: string[][] = [['HTTP/2 with TLS', ...runs.map((r) => `N = ${r.n}`)]];
  const row = (label: string, f: (s: SearchBench) => string) =>
    rows.push([label, ...runs.map((r) => (r.searchHttp2 ? f(r.searchHttp2) : '–'))]);
  row('/search/ load (sent)', (s) => `${kb(s.page.serverBytes)}, ${s.page.requests} requests, ${msf(s.page.ms)}`);
  row(
    `first query "${runs.find((r) => r.searchHttp2)?.searchHttp2?.first.query ?? ''}": time, bytes sent`,
    (s) => `${msf(s.first.ms)}, ${kb(s.first.serverBytes)}`,
  );
  row('later queries: median / p95 time', (s) => `${msf(s.laterMedianMs)} / ${msf(s.laterP95Ms)}`);
  row(
    'later queries: median bytes sent, requests',
    (s) => `${kb(s.laterMedianServerBytes)}, ${median(s.later.map((q) => q.requests)) ?? '–'} requests`,
  );
  row('later queries typed key by key: median / p95', (s) => `${msf(s.typedMedianMs)} / ${msf(s.typedP95Ms)}`);
  return rows;
}

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatQueries(run: Pick<SizeResult, 'search'>): string {
  const all = [run.search.first, ...run.search.later];
  const rows = [
    ['query', 'ms', 'speeches', 'bytes sent', 'requests'],
    ...all.map((q, i) => [
      `${i === 0 ? '(first) ' : ''}${q.query}`,
      String(Math.round(q.ms)),
      String(q.results),
      kb(q.serverBytes),
      String(q.requests),
    ]),
  ];
  return formatTable(rows);
}
