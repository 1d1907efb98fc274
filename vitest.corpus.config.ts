import { defineConfig } from 'vitest/config';

// `npm run corpus`: the checks that need the reference corpus in ../shared (not part of `npm test`).
export default defineConfig({
  test: {
    include: ['test-corpus/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
  },
});
