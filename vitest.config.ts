import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests share one built site each; they are slow, not flaky.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
