import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Tests wait for conditions, not for a clock: a timeout only stops a test that hangs, so a slow
    // or loaded machine (CI on 2 cores) must not fail one that would pass.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits for a condition: 1 s (vitest's default) is a clock too.
    expect: { poll: { timeout: 20_000 } },
    include: [
      'widget/**/*.test.ts',
      'widget/**/*.test.tsx',
      'server/**/*.test.ts',
      'cli/**/*.test.ts',
      'test/**/*.test.ts',
    ],
  },
});
