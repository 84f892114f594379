/**
 * Sizes of a built site: totals, HTML, Pagefind, the largest page, speech
 * pages, and the JavaScript a speech page loads (its `<script src>` files and
 * everything they import statically, read from the built files).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats.ts';

export interface SiteSizes {
  totalBytes: number;
  files: number;
  htmlBytes: number;
  htmlPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
  searchDataBytes: number;
  searchDataFiles: number;
  largestPage: { path: string; bytes: number } | null;
  speechPages: number;
  speechHtmlMedian: number | null;
  speechHtmlLargest: { path: string; bytes: number } | null;
  /** JS of one speech page (the median-sized one): files, raw and gzip bytes. */
  speechJs: { page: string; files: string[]; bytes: number; gzipBytes: number } | null;
}

/** Every file under `dir`, appended to `out` (not spread: a 30,000-speech site has folders of 100,000+ files, past the argument limit). */
async function walk(dir: string, out: { path: string; bytes: number }[] = []): Promise<{ path: string; bytes: number }[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile()) out.push({ path: full, bytes: (await stat(full)).size });
  }
  return out;
}

/** Static import specifiers of an ES module: `import … from "x"`, `import "x"`, `export … from "x"` (not `import()`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
  for (let m: RegExpExecArray | null; (m = re.exec(code)); ) out.push(m[1]!);
  return out;
}

/** The built file a URL of the site points at (base `/` assumed for root-relative URLs). */
function fileOf(dist: string, fromFile: string, url: string, base: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  if (url.startsWith('/')) {
    if (!url.startsWith(base)) return null;
    return resolve(dist, url.slice(base.length));
  }
  return resolve(dirname(fromFile), url);
}

export async function scriptClosure(dist: string, htmlFile: string, base = '/'): Promise<string[]> {
  const html = await readFile(htmlFile, 'utf8');
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const file = fileOf(dist, htmlFile, m[1]!, base);
    if (file) queue.push(file);
  }
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !file.startsWith(dist + sep)) continue;
    seen.add(file);
    let code: string;
    try {
      code = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    for (const spec of staticImports(code)) {
      const dep = fileOf(dist, file, spec, base);
      if (dep) queue.push(dep);
    }
  }
  return [...seen];
}

export async function measureSizes(dist: string): Promise<SiteSizes> {
  const files = await walk(dist);
  const rel = (p: string) => relative(dist, p).split(sep).join('/');
  const html = files.filter((f) => f.path.endsWith('.html'));
  const pagefind = files.filter((f) => rel(f.path).startsWith('pagefind/'));
  const searchIndex = files.filter((f) => rel(f.path).startsWith('search-index/'));
  const searchData = files.filter((f) => rel(f.path).startsWith('search-data/'));
  const speeches = html.filter((f) => /^speeches\/[^/]+\/index\.html$/.test(rel(f.path))).sort((a, b) => a.bytes - b.bytes);
  const largest = html.reduce<{ path: string; bytes: number } | null>((a, f) => (!a || f.bytes > a.bytes ? f : a), null);
  const biggestSpeech = speeches.at(-1) ?? null;
  const medianSpeech = speeches[Math.floor((speeches.length - 1) / 2)] ?? null;

  let speechJs: SiteSizes['speechJs'] = null;
  if (medianSpeech) {
    const js = await scriptClosure(dist, medianSpeech.path);
    let bytes = 0;
    let gzipBytes = 0;
    for (const f of js) {
      const data = await readFile(f);
      bytes += data.length;
      gzipBytes += gzipSync(data, { level: 9 }).length;
    }
    speechJs = { page: rel(medianSpeech.path), files: js.map(rel), bytes, gzipBytes };
  }
  const sum = (list: { bytes: number }[]) => list.reduce((n, f) => n + f.bytes, 0);
  return {
    totalBytes: sum(files),
    files: files.length,
    htmlBytes: sum(html),
    htmlPages: html.length,
    pagefindBytes: sum(pagefind),
    pagefindFiles: pagefind.length,
    searchIndexBytes: sum(searchIndex),
    searchIndexFiles: searchIndex.length,
    searchDataBytes: sum(searchData),
    searchDataFiles: searchData.length,
    largestPage: largest && { path: rel(largest.path), bytes: largest.bytes },
    speechPages: speeches.length,
    speechHtmlMedian: median(speeches.map((f) => f.bytes)),
    speechHtmlLargest: biggestSpeech && { path: rel(biggestSpeech.path), bytes: biggestSpeech.bytes },
    speechJs,
  };
}
