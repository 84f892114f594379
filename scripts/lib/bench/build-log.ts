/**
 * Reads the stages out of an `astro build` log whose lines carry the time (ms
 * since the process started) at which they arrived on our end of the pipe.
 */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface BuildStages {
  /** Process start → the `[speech-loader] N speeches` line (ingest and the content layer start-up). */
  ingestMs: number | null;
  /** Process start → `[content] Syncing content` (Node, Astro and Vite start-up, config). */
  startupMs: number | null;
  /** `Syncing content` → `[speech-loader]` line: the loader itself (read, hash, ingest, store). */
  loaderMs: number | null;
  /** Speeches the loader reports, and how many it ingested vs reused from the cache. */
  speeches: number | null;
  ingested: number | null;
  unchanged: number | null;
  /** Sum of Vite's `✓ built in …` (server + client bundles). */
  bundleMs: number | null;
  /** Astro's `generating static routes` … `✓ Completed in …`. */
  pagesMs: number | null;
  /** `[archive-search-index] search for N speeches in X ms: … index F files, B MB in I ms; text folders W written, M moved …`: the whole search stage. */
  searchMs: number | null;
  searchSpeeches: number | null;
  /** The n-gram index alone (written while Pagefind writes the quick box's index). */
  indexMs: number | null;
  /** Text folders written afresh (a rebuild writes only those of changed speeches). */
  textFoldersWritten: number | null;
  /** `[cross-speech] N speeches in T ms: parallels P ms …, related R ms …`: the cross-speech step (src/lib/annotate/), before page generation. */
  crossSpeechMs: number | null;
  crossParallelsMs: number | null;
  crossRelatedMs: number | null;
  /** Pages Astro copied from the last build instead of rendering (`(restored)` / `(cached)`). */
  pagesReused: number;
  /** Astro's own total: `[build] N page(s) built in …`. */
  astroTotalMs: number | null;
  pagesBuilt: number | null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes begin with ESC
export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function duration(value: string, unit: string): number {
  const v = Number(value);
  return unit === 's' ? v * 1000 : unit === 'm' ? v * 60_000 : v;
}

export function parseBuildLog(lines: readonly TimedLine[]): BuildStages {
  const out: BuildStages = {
    ingestMs: null,
    startupMs: null,
    loaderMs: null,
    speeches: null,
    ingested: null,
    unchanged: null,
    bundleMs: null,
    pagesMs: null,
    searchMs: null,
    searchSpeeches: null,
    indexMs: null,
    textFoldersWritten: null,
    crossSpeechMs: null,
    crossParallelsMs: null,
    crossRelatedMs: null,
    pagesReused: 0,
    astroTotalMs: null,
    pagesBuilt: null,
  };
  let inRoutes = false;
  for (const { ms, text: raw } of lines) {
    const text = stripAnsi(raw);
    let m: RegExpExecArray | null;
    if ((m = /\[speech-loader\] (\d+) speeches \((\d+) ingested, (\d+) unchanged\)/.exec(text)) && out.ingestMs === null) {
      out.ingestMs = ms;
      if (out.startupMs !== null) out.loaderMs = ms - out.startupMs;
      out.speeches = Number(m[1]);
      out.ingested = Number(m[2]);
      out.unchanged = Number(m[3]);
    } else if (/\[content\] Syncing content/.test(text) && out.startupMs === null) {
      out.startupMs = ms;
    } else if ((m = /\[vite\] ✓ built in ([\d.]+)\s*(ms|s|m)\b/.exec(text))) {
      out.bundleMs = (out.bundleMs ?? 0) + duration(m[1]!, m[2]!);
    } else if (/generating static routes/.test(text)) {
      inRoutes = true;
    } else if (inRoutes && /\((restored|cached)\)\s*$/.test(text)) {
      out.pagesReused++;
    } else if (inRoutes && (m = /✓ Completed in ([\d.]+)\s*(ms|s|m)\b/.exec(text))) {
      out.pagesMs = duration(m[1]!, m[2]!);
      inRoutes = false;
    } else if ((m = /\[archive-search-index\] search for (\d+) speeches in (\d+) ms/.exec(text))) {
      out.searchSpeeches = Number(m[1]);
      out.searchMs = Number(m[2]);
      if ((m = /MB in (\d+) ms/.exec(text))) out.indexMs = Number(m[1]);
      if ((m = /text folders (\d+) written/.exec(text))) out.textFoldersWritten = Number(m[1]);
    } else if ((m = /\[cross-speech\] (\d+) speeches in (\d+) ms/.exec(text))) {
      out.crossSpeechMs = Number(m[2]);
      if ((m = /parallels (\d+) ms/.exec(text))) out.crossParallelsMs = Number(m[1]);
      if ((m = /related (\d+) ms/.exec(text))) out.crossRelatedMs = Number(m[1]);
    } else if ((m = /\[build\] (\d+) page\(s\) built in ([\d.]+)\s*(ms|s|m)\b/.exec(text))) {
      out.pagesBuilt = Number(m[1]);
      out.astroTotalMs = duration(m[2]!, m[3]!);
    }
  }
  return out;
}
