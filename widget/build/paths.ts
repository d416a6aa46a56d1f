/** Where the widget's sources and builds are, from the package root. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VITE_CONFIG = resolve(ROOT, 'vite.config.ts');
export const LAUNCHER_ENTRY = resolve(ROOT, 'widget/src/launcher.ts');
export const NPM_ENTRY = resolve(ROOT, 'widget/src/index.ts');
export const PANEL_MAIN = resolve(ROOT, 'widget/src/panel/main.ts');
export const OUTBOX_ENTRY = resolve(ROOT, 'widget/src/outbox/main.ts');
export const NOTICES_ENTRY = resolve(ROOT, 'widget/src/notices/main.ts');
export const PANEL_STAND_IN = resolve(ROOT, 'widget/src/core/__fixtures__/panel-stand-in.ts');
export const DIST_WIDGET = resolve(ROOT, 'dist/widget');
export const DIST_NPM = resolve(ROOT, 'dist/npm');

/** The panel chunk's entry: the real panel, or the core's stand-in until it exists. */
export function panelEntry(): string {
  return existsSync(PANEL_MAIN) ? PANEL_MAIN : PANEL_STAND_IN;
}
