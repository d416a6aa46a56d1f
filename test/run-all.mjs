#!/usr/bin/env node
// `npm test`: every test (unit, component, collector and browser) in one
// vitest run, then one closing line "Tests: N passed, N failed[, N skipped]"
// that CI reads. Installs Debian's Chromium first when browser tests exist
// and it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

const CHROMIUM = process.env.AYUDA_CHROMIUM ?? '/usr/bin/chromium';
const hasBrowserTests = existsSync('test/browser') && readdirSync('test/browser').some((f) => f.endsWith('.test.ts'));
if (hasBrowserTests && !existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package...`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update']);
  const r = run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  if (r.status !== 0) console.error('Could not install chromium; browser tests will fail. Install it with: apt-get install -y chromium');
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
