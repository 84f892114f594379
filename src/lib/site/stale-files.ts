/**
 * Which files of an output folder a build did not write (see
 * src/integrations/stale-output.ts). A file is current when this build wrote it (its
 * modification time is not before the build started) or when it is a page the build
 * kept as it was, unchanged since the last build (Astro lists it among its pages but
 * leaves the file alone). Everything else is left over from an earlier build.
 */

export interface OutputFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  mtimeMs: number;
}

/** The paths of `files` that are neither written since `startedMs` nor among `pages`. */
export function staleFiles(files: readonly OutputFile[], startedMs: number, pages: Iterable<string>): string[] {
  const kept = new Set(pages);
  return files.filter((f) => f.mtimeMs < startedMs && !kept.has(f.path)).map((f) => f.path).sort();
}
