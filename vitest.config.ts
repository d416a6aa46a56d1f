import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'widget/**/*.test.ts',
      'widget/**/*.test.tsx',
      'server/**/*.test.ts',
      'cli/**/*.test.ts',
      'test/**/*.test.ts',
    ],
  },
});
