/** Runs the real `astro build` into a folder of its own, with the archive's environment variables. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = resolve(ROOT, 'tests/.tmp');

export interface SiteBuild {
  outDir: string;
  reportDir: string;
  status: number | null;
  output: string;
}

/** What a fresh clone has not: installed packages (linked instead), git's data, build output, caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.dist-staging', '.dist-previous', 'bench', 'reports', '.astro']);

/** A copy of this clone's files at `to`, outside it (its node_modules a link to this one's); returns `to`. */
export function cloneAt(to: string): string {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(ROOT, name), join(to, name), { recursive: true, filter: (path) => !path.startsWith(TMP) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'));
  return to;
}

/**
 * Where a build runs. Astro writes the list of the glossary's MDX modules into the
 * project's own `.astro/content-modules.mjs` (not into the cache folder) and bundles the
 * concept pages from that file, so builds running side by side in one project share it:
 * a build of another glossary could bundle the other's list (a concept page then no
 * longer matches its last build's code, and is rendered again instead of kept; or its
 * entry is missing from the list). A build of a glossary other than the project's
 * (`ARCHIVE_CONCEPTS`) therefore runs in a copy of the project of its own, outside it
 * (a folder cannot be copied into itself), at the same place every time for the same
 * clone and build name (Astro's record of the pages it rendered names files by their
 * path in the project).
 */
function projectFor(name: string, env: Record<string, string>): string {
  if (!env.ARCHIVE_CONCEPTS) return ROOT;
  const clone = createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
  return cloneAt(join(tmpdir(), 'archive-test-projects', clone, name));
}

export function buildSite(name: string, env: Record<string, string> = {}): SiteBuild {
  const outDir = resolve(TMP, name, 'dist');
  const reportDir = resolve(TMP, name, 'reports');
  // The build must see what `npm run build` sees, not what vitest puts into a test's
  // environment (NODE_ENV=test, MODE, DEV, PROD, SSR, BASE_URL, VITEST*).
  const vitestOwn = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.has(k) && !k.startsWith('VITEST')));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: projectFor(name, env),
    env: {
      ...inherited,
      ASTRO_TELEMETRY_DISABLED: '1',
      ARCHIVE_REPORT_DIR: reportDir,
      ARCHIVE_CACHE_DIR: resolve(TMP, name, 'cache'),
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Without colour codes: Astro colours its log when CI is set (as on a CI machine) even into
  // a pipe, and a line such as `├─ /concepts/…` then holds codes between its words.
  return { outDir, reportDir, status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}

/** The sites every build and browser test reads; built once per test run by global-setup. */
export const SITES = {
  /** The bundled speeches at `/`. */
  root: { name: 'site-root', env: {} },
  /** The bundled speeches under the sub-path `/archive/`. */
  archive: { name: 'site-archive', env: { ARCHIVE_BASE: '/archive/' } },
} as const;

export const siteDir = (site: keyof typeof SITES) => resolve(TMP, SITES[site].name, 'dist');
export const siteReports = (site: keyof typeof SITES) => resolve(TMP, SITES[site].name, 'reports');
