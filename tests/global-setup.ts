/**
 * Builds the test sites once for all build and browser tests, side by side (each build
 * has phases that leave a core idle: Vite's bundling, Pagefind's own process, file
 * writes); a failed build stops the run with its output.
 */
import { rmSync } from 'node:fs';
import { SITES, TMP } from './helpers/build-site.ts';
import { spawnBuild } from './helpers/spawn-build.ts';

export default async function setup(): Promise<void> {
  rmSync(TMP, { recursive: true, force: true });
  const sites = Object.values(SITES);
  const builds = await Promise.all(sites.map(({ name, env }) => spawnBuild({ name, env })));
  builds.forEach((build, i) => {
    if (build.status !== 0) throw new Error(`astro build of ${sites[i]!.name} failed (exit ${build.status}):\n${build.output}`);
  });
}
