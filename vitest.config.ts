import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two test files at a time (Vitest's default is one fewer than the cores: one here): a
    // unit file beside a site file (the site project runs its files one at a time, below).
    // Every test waits for what the page or the build says, never for a fixed time.
    maxWorkers: 2,
    // Read only by `npm run coverage` (`vitest run --project unit --coverage`); `npm test`
    // leaves coverage off, so it is neither slower nor held to the threshold.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      // The summary, then the files below 100 % (a fully covered file is left out of the table).
      reporter: ['text-summary', ['text', { skipFull: true }]],
      reportsDirectory: 'tests/.tmp/coverage',
      thresholds: { lines: 90 },
    },
    projects: [
      {
        // A safety net for a stuck test, not a speed goal (those live in `npm run bench`):
        // the suite must pass on a machine several times slower than a quiet one.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // Build and browser tests share sites built once, in tests/global-setup.ts. One file
        // at a time: every build of the project writes Astro's content-modules.mjs in the
        // one `.astro/` of the project's root (not in its own cache folder), and a build
        // with a glossary folder of its own (rebuild, bad-glossary) then left another build
        // without its concepts' modules (UnknownContentCollectionError on a concept page).
        test: {
          name: 'site',
          fileParallelism: false,
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
