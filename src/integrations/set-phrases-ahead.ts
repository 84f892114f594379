/**
 * Astro integration: mines the set phrases of the /phrases/ page ahead, in a process of its
 * own (set-phrases-process.ts) started at `astro:build:start`, when the content layer has
 * stored the speech data and Vite is about to bundle for some seconds, and hands the result
 * over to the page (src/lib/annotate/phrases-handed-over.ts), which takes it only when it was
 * mined from the same speech data. A failed process is logged; the page then mines itself.
 * ARCHIVE_AHEAD=off starts no process: the page mines itself (tests compare the two pages).
 */
import type { AstroIntegration } from 'astro';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { handOverPhrases, type PhrasesAhead } from '../lib/annotate/phrases-handed-over.ts';
import { forkForBuild } from './fork-for-build.ts';
import type { SetPhrasesAnswer } from './set-phrases-process.ts';

const ENTRY = fileURLToPath(new URL('./set-phrases-process.ts', import.meta.url));

/** Mines the phrases in a process of its own; resolves with its result, or null when it failed (the reason logged). */
function mineAhead(cacheDir: string, warn: (s: string) => void): Promise<PhrasesAhead | null> {
  return new Promise((done) => {
    const child = forkForBuild(ENTRY, { cacheDir }, cacheDir);
    // At the lowest priority: on a machine of two cores it took a core from Vite and the first
    // pages (Vite 3.9 → 4.9 s, the across-speech links 5.1 → 5.6 s at 10,000 speeches); it has
    // until the page's turn (some 15 s) to finish, and the page waits for it otherwise.
    try {
      if (child.pid) setPriority(child.pid, 19);
    } catch {
      // Not allowed here: it runs at the build's priority.
    }
    let answer: SetPhrasesAnswer | null = null;
    child.on('message', (m) => (answer ??= m as SetPhrasesAnswer));
    child.once('error', (e) => warn(`the set phrases could not be mined ahead (${e.message}); the page mines them`));
    child.once('close', (code, signal) => {
      const a = answer as SetPhrasesAnswer | null;
      if (a && 'ahead' in a) return done(a.ahead);
      warn(
        `the set phrases were not mined ahead (${a ? a.error : signal ? `signal ${signal}` : `exit code ${code}`}); the page mines them`,
      );
      done(null);
    });
  });
}

export default function setPhrasesAhead(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'archive-set-phrases-ahead',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The content layer has stored the speech data by now (Astro syncs it before this hook).
      'astro:build:start': ({ logger }) => {
        if (process.env.ARCHIVE_AHEAD === 'off') return;
        handOverPhrases(mineAhead(cacheDir, (s) => logger.warn(s)));
      },
      // The page has taken what it needed.
      'astro:build:done': () => {
        handOverPhrases(null);
      },
    },
  };
}
