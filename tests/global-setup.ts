/** Builds the test sites once for all build and browser tests; a failed build stops the run with its output. */
import { rmSync } from 'node:fs';
import { buildSite, SITES, TMP } from './helpers/build-site.ts';

export default function setup(): void {
  rmSync(TMP, { recursive: true, force: true });
  for (const { name, env } of Object.values(SITES)) {
    const build = buildSite(name, env);
    if (build.status !== 0) throw new Error(`astro build of ${name} failed (exit ${build.status}):\n${build.output}`);
  }
}
