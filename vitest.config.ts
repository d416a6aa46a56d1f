import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './test/pg/pg-server.ts';

const ALL = [
  'widget/**/*.test.ts',
  'widget/**/*.test.tsx',
  'server/**/*.test.ts',
  'cli/**/*.test.ts',
  'test/**/*.test.ts',
];

/**
 * The behaviour suites that run again on PostgreSQL (one suite, two stores):
 * their helpers open the database of test/pg/test-store.ts.
 */
const ON_POSTGRES = [
  'server/routes/events.test.ts',
  'server/handoff/route.test.ts',
  'test/dashboard/groups.test.ts',
  'test/dashboard/group-decisions.test.ts',
  'test/dashboard/measures-inbox.test.ts',
  'test/dashboard/auth.test.ts',
  'test/dashboard/sites.test.ts',
  'test/dashboard/export.test.ts',
  'test/dashboard/alternates.test.ts',
  'test/handoff/delivery.test.ts',
  'test/dashboard/live.test.ts',
  'test/dashboard/preferences.test.ts',
  'test/dashboard/site-faq.test.ts',
  'test/dashboard/export-language.test.ts',
  'test/dashboard/notices.test.ts',
  'test/dashboard/site-access.test.ts',
  'test/conversation/api.test.ts',
  'test/conversation/thread-page.test.ts',
  'test/conversation/inbound-mail.test.ts',
  'test/privacy/*.test.ts',
  'test/handoff/flood.test.ts',
  'test/attachments/routes.test.ts',
  'test/dashboard/spikes.test.ts',
  'server/grouping/grouping-step.test.ts',
  'server/grouping/group-edits.test.ts',
  'server/alternates/alternates-step.test.ts',
  'test/pg/*.test.ts',
];

const postgres = findPostgresBin();
if (!postgres) console.warn('PostgreSQL not installed: the postgres leg of the store suites is skipped (apt-get install -y postgresql; npm test installs it).');

export default defineConfig({
  test: {
    environment: 'node',
    // Tests wait for conditions, not for a clock: a timeout only stops a test that hangs, so a slow
    // or loaded machine (CI on 2 cores) must not fail one that would pass.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits for a condition: 1 s (vitest's default) is a clock too.
    expect: { poll: { timeout: 20_000 } },
    projects: [
      { extends: true, test: { name: 'sqlite', include: ALL, exclude: ['test/pg/**'] } },
      ...(postgres
        ? [{ extends: true as const, test: { name: 'postgres', include: ON_POSTGRES, env: { AYUDA_TEST_STORE: 'postgres' }, globalSetup: ['test/pg/global-setup.ts'] } }]
        : []),
    ],
  },
});
