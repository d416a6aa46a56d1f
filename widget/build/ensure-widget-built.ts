/**
 * Make sure dist/widget/ holds a build of the current widget sources: build
 * it (widget/build/build-widget.ts, loaded only then) when it is missing or
 * older than any source. Concurrent callers (parallel `ayuda build`s, test
 * workers) take turns through a lock file, and the second finds it fresh.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_WIDGET, ROOT } from './paths.ts';
import { withBuildLock } from './with-build-lock.ts';

/** What the widget build reads: its sources (not tests), the Vite config and the build scripts. */
const SOURCES = ['widget/src', 'widget/build', 'vite.config.ts'];

function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else if (!/\.test\.tsx?$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(join(ROOT, source));
  return newest;
}

/** True when `dir` has ayuda.js, panel.js, outbox.js and notices.js, not older than any widget source. */
export function isWidgetFresh(dir = DIST_WIDGET): boolean {
  const built = ['ayuda.js', 'panel.js', 'outbox.js', 'notices.js'].map((f) => statSync(join(dir, f), { throwIfNoEntry: false }));
  if (built.some((s) => !s)) return false;
  return Math.min(...built.map((s) => s!.mtimeMs)) >= newestSource();
}

/** Build dist/widget/ if needed; returns its path. */
export async function ensureWidgetBuilt(dir = DIST_WIDGET): Promise<string> {
  if (isWidgetFresh(dir)) return dir;
  if (!existsSync(join(ROOT, 'widget/src/launcher.ts'))) throw new Error(`${dir} is missing and the widget sources are not there to build it`);
  await withBuildLock(`${dir}.lock`, async () => {
    if (!isWidgetFresh(dir)) {
      const { buildWidget } = await import('./build-widget.ts');
      await buildWidget(dir);
    }
  });
  return dir;
}
