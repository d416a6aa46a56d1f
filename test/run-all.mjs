#!/usr/bin/env node
// `npm test`: every test (unit, component, collector and browser) in one
// vitest run, then one closing line "Tests: N passed, N failed[, N skipped]"
// that CI reads. Installs Debian's Chromium first when browser tests exist
// and it is missing, and Debian's PostgreSQL (the store suites run on both
// SQLite and PostgreSQL).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

const CHROMIUM = process.env.AYUDA_CHROMIUM ?? '/usr/bin/chromium';
const hasBrowserTests = existsSync('test/browser') && readdirSync('test/browser').some((f) => f.endsWith('.test.ts'));
// The store suites run again on PostgreSQL (vitest.config.ts), against Debian's server.
const PG_ROOT = '/usr/lib/postgresql';
const hasPostgres = () => existsSync(PG_ROOT) && readdirSync(PG_ROOT).some((v) => existsSync(`${PG_ROOT}/${v}/bin/initdb`));
const missing = [
  ...(hasBrowserTests && !existsSync(CHROMIUM) ? ['chromium'] : []),
  ...(!process.env.AYUDA_PG_BIN && !hasPostgres() ? ['postgresql'] : []),
];
if (missing.length) {
  console.log(`Not installed: ${missing.join(', ')}: installing Debian's package${missing.length > 1 ? 's' : ''}...`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update']);
  for (const pkg of missing) {
    const r = run(['apt-get', 'install', '-y', '--no-install-recommends', pkg]);
    if (r.status !== 0) {
      console.error(
        pkg === 'chromium'
          ? 'Could not install chromium; browser tests will fail. Install it with: apt-get install -y chromium'
          : 'Could not install postgresql; the PostgreSQL leg of the store suites is skipped. Install it with: apt-get install -y postgresql',
      );
    }
  }
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let summary = 'Tests: 0 passed, 1 failed (no report written)';
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summary = `Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
console.log(summary);
process.exit(vitest.status ?? 1);
