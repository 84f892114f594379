/**
 * Astro integration: in a build, the pages read the content layer's data store from its
 * file (`<cacheDir>/data-store.json`) when they first ask for a collection, instead of from
 * a module that holds the whole file as one string literal.
 *
 * Astro turns the data store into the module `export default JSON.parse("<the file>")`,
 * which Vite then bundles into the pages' server code. At 10,000 speeches the file is some
 * 40 MB, and V8 compiles a string literal of that size in time that grows faster than its
 * length (measured on this machine, under load: 4 M characters 0.5 s, 16 M 13.6 s, the
 * whole 32 M 170 s, where parsing the same text as JSON took 3.3 s), on every build, full
 * or not, before the first page. Read from the file, the same text goes through
 * `JSON.parse` alone (devalue's parse: JSON.parse and unflatten). The data is the same: the file is written by the content sync
 * before Vite runs and not again in the build (src/integrations/content-store.ts reads it
 * the same way after the pages, for search).
 *
 * Only the build's server-side code (where pages are prerendered, in Node) gets this
 * module; the dev server and client code keep Astro's own. Astro's load of it (which reads
 * and checks the file) still runs and marks it as content data, which Astro's incremental
 * build leaves out of a page's code hash (a change of data is what a page's cacheKey is
 * for); only its code is replaced.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the data store's virtual module (`astro:data-layer-content`). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The file Astro's content layer keeps the store in, in its cache folder (single-file storage). */
const DATA_STORE_FILE = 'data-store.json';

/**
 * The module's code: the store read and parsed when the pages first need it, into the Map of
 * collections that Astro's store takes as it is. Exported as the file's devalue array
 * instead (JSON.parse), it was unflattened into that Map by Astro and kept as well: a
 * module's export lives as long as the module, and the array with the objects only it held
 * was 36 MB of Astro's heap at 10,000 speeches (heap snapshot after the pages).
 */
export function dataStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { parse } from 'devalue';`,
    `export default parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

export default function dataStoreFile(): AstroIntegration {
  return {
    name: 'archive-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'archive-data-store-file',
                enforce: 'pre',
                // Astro's own plugin resolves and loads the module before any plugin of an
                // integration; what it loaded is replaced here, before Vite parses it.
                transform(_code, id) {
                  if (id !== DATA_STORE_MODULE) return null;
                  // The browser's code never reads collections; leave anything but the server's to Astro.
                  if (this.environment?.config.consumer === 'client') return null;
                  return { code: dataStoreModule(file), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
