/**
 * Astro integration: empties the output folder in the background.
 *
 * Astro deletes everything in `outDir` before it builds, one file at a time, in its main
 * process: 22 s for the 52,000 files of a 10,000-speech archive on the bench machine,
 * a third of a one-file rebuild. Instead, when the build starts, every entry of `outDir`
 * is renamed into a folder of the cache, which takes no time, and a detached process
 * deletes that folder while the build goes on. Where the cache is on another file system
 * the rename fails and Astro deletes as before.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Run by the detached process: deletes each folder named on its command line. */
const DELETE = `const fs = require('node:fs');
for (const dir of process.argv.slice(1)) fs.rmSync(dir, { recursive: true, force: true });`;

export default function clearOutDirIntegration(): AstroIntegration {
  let outDir = '';
  let trash = '';
  return {
    name: 'archive-clear-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        trash = join(fileURLToPath(config.cacheDir), 'old-output');
      },
      'astro:build:start': async ({ logger }) => {
        const entries = await readdir(outDir).catch(() => [] as string[]);
        // Earlier builds' leftovers (a deletion cut short) go too.
        const leftovers = (await readdir(trash).catch(() => [] as string[])).map((name) => join(trash, name));
        const here = join(trash, `${Date.now()}-${process.pid}`);
        let moved = 0;
        if (entries.length) {
          await mkdir(here, { recursive: true });
          for (const name of entries) {
            try {
              await rename(join(outDir, name), join(here, name));
              moved++;
            } catch {
              break; // another file system: Astro deletes what is left
            }
          }
          if (moved === 0) await rmdir(here).catch(() => undefined);
        }
        const doomed = [...leftovers, ...(moved ? [here] : [])];
        if (doomed.length === 0) return;
        spawn(process.execPath, ['-e', DELETE, ...doomed], { detached: true, stdio: 'ignore' }).unref();
        logger.info(`moved the last build's ${moved} top-level entries out of the way; deleting them in the background`);
      },
    },
  };
}
