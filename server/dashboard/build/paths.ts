/** Where the dashboard's sources and build are, from the package root. */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DASHBOARD_UI = resolve(ROOT, 'server/dashboard/ui');
export const DIST_DASHBOARD = resolve(ROOT, 'dist/dashboard');
/** Types and constants the server and the UI share (./shared/views.ts). */
export const DASHBOARD_SHARED = resolve(ROOT, 'server/dashboard/shared');
/** What the build reads: the UI sources (not tests), what they share with the server, and the build scripts. */
export const DASHBOARD_SOURCES = [DASHBOARD_UI, DASHBOARD_SHARED, resolve(ROOT, 'server/dashboard/build')];
