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
  /** `[archive-pagefind] indexed N speeches in X ms (S shard(s): R re-indexed, U reused; I speeches indexed, …)`. */
  pagefindMs: number | null;
  pagefindPages: number | null;
  shards: number | null;
  shardsReindexed: number | null;
  /** Speeches in the shards re-indexed. */
  speechesIndexed: number | null;
  /** Pages Astro copied from the last build instead of rendering (`(restored)` / `(cached)`). */
  pagesReused: number;
  /** Astro's own total: `[build] N page(s) built in …`. */
  astroTotalMs: number | null;
  pagesBuilt: number | null;
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function duration(value: string, unit: string): number {
  const v = Number(value);
  return unit === 's' ? v * 1000 : unit === 'm' ? v * 60_000 : v;
}

export function parseBuildLog(lines: readonly TimedLine[]): BuildStages {
  const out: BuildStages = {
    ingestMs: null, startupMs: null, loaderMs: null, speeches: null, ingested: null, unchanged: null, bundleMs: null,
    pagesMs: null, pagefindMs: null, pagefindPages: null, shards: null, shardsReindexed: null, speechesIndexed: null, pagesReused: 0, astroTotalMs: null, pagesBuilt: null,
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
    } else if ((m = /\[archive-pagefind\] indexed (\d+) (?:pages|speeches) in (\d+) ms(?: \((\d+) shard\(s\): (\d+) re-indexed)?/.exec(text))) {
      out.pagefindPages = Number(m[1]);
      out.pagefindMs = Number(m[2]);
      if (m[3]) out.shards = Number(m[3]);
      if (m[4]) out.shardsReindexed = Number(m[4]);
      if ((m = /; (\d+) speeches indexed/.exec(text))) out.speechesIndexed = Number(m[1]);
    } else if ((m = /\[build\] (\d+) page\(s\) built in ([\d.]+)\s*(ms|s|m)\b/.exec(text))) {
      out.pagesBuilt = Number(m[1]);
      out.astroTotalMs = duration(m[2]!, m[3]!);
    }
  }
  return out;
}
