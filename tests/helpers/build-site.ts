/** Runs the real `astro build` into a folder of its own, with the archive's environment variables. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = resolve(ROOT, 'tests/.tmp');

export interface SiteBuild {
  outDir: string;
  reportDir: string;
  status: number | null;
  output: string;
}

export function buildSite(name: string, env: Record<string, string> = {}): SiteBuild {
  const outDir = resolve(TMP, name, 'dist');
  const reportDir = resolve(TMP, name, 'reports');
  // The build must see what `npm run build` sees, not what vitest puts into a test's
  // environment (NODE_ENV=test, MODE, DEV, PROD, SSR, BASE_URL, VITEST*).
  const vitestOwn = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.has(k) && !k.startsWith('VITEST')));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: ROOT,
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
  return { outDir, reportDir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
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
