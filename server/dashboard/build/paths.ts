/** Where the dashboard's sources and build are, from the package root. */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DASHBOARD_UI = resolve(ROOT, 'server/dashboard/ui');
export const DIST_DASHBOARD = resolve(ROOT, 'dist/dashboard');
/** What the build reads: the UI sources (not tests) and the build scripts. */
export const DASHBOARD_SOURCES = [DASHBOARD_UI, resolve(ROOT, 'server/dashboard/build')];
