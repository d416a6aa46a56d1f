/**
 * Make sure dist/dashboard/ holds a build of the current dashboard sources,
 * as widget/build/ensure-widget-built.ts does for the widget: build it
 * (./build-dashboard.ts, loaded only then, with Vite) when it is missing or
 * older than any source. Concurrent callers take turns through a lock file.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DASHBOARD_SOURCES, DASHBOARD_UI, DIST_DASHBOARD } from './paths.ts';
import { withBuildLock } from '../../../widget/build/with-build-lock.ts';

function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (!/\.test\.tsx?$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of DASHBOARD_SOURCES) visit(source);
  return newest;
}

/** True when `dir/index.html` exists and is not older than any dashboard source. */
export function isDashboardFresh(dir = DIST_DASHBOARD): boolean {
  const built = statSync(join(dir, 'index.html'), { throwIfNoEntry: false });
  if (!built) return false;
  // Installed without sources (a package): whatever was built is what there is.
  if (!existsSync(join(DASHBOARD_UI, 'index.html'))) return true;
  return built.mtimeMs >= newestSource();
}

/** Temporary folders of builds that were killed midway (an hour old or more). */
function removeLeftovers(dir: string): void {
  const prefix = `${basename(dir)}.tmp-`;
  for (const name of readdirSync(dirname(dir))) {
    const path = join(dirname(dir), name);
    if (name.startsWith(prefix) && Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

/** Build dist/dashboard/ if needed; returns its path. */
export async function ensureDashboardBuilt(dir = DIST_DASHBOARD): Promise<string> {
  if (isDashboardFresh(dir)) return dir;
  if (!existsSync(join(DASHBOARD_UI, 'index.html'))) throw new Error(`${dir} is missing and the dashboard sources are not there to build it`);
  await withBuildLock(`${dir}.lock`, async () => {
    removeLeftovers(dir);
    if (!isDashboardFresh(dir)) {
      const { buildDashboard } = await import('./build-dashboard.ts');
      await buildDashboard(dir);
    }
  });
  return dir;
}
