/**
 * npm entry: `import { createAyuda } from 'ayuda'`. The panel is a dynamic
 * import, so the app's bundler splits it into its own chunk, loaded on the
 * first interaction or when the browser is idle (never during page load).
 *
 * @example
 *   import { createAyuda } from 'ayuda';
 *   const help = createAyuda({ index: '/ayuda/faq-index.json', lang: 'es', color: '#0a7d5a' });
 *   help.on('search', (e) => console.log(e));
 *   // single-page app, leaving the page:
 *   help.destroy();
 */
import type { Ayuda, AyudaOptions } from './core/contract.ts';
import { createAyuda as createCore } from './core/create-ayuda.ts';
import { setCoreStrings } from './core/ui-strings.ts';
import { coreStringsOf } from './i18n/core-strings.ts';
import { LANGUAGES } from './i18n/languages.ts';

export function createAyuda(options: AyudaOptions): Ayuda {
  setCoreStrings(coreStringsOf(LANGUAGES));
  return createCore(options, () => import('./panel/main.ts'), () => import('./outbox/main.ts'));
}

export type { Ayuda, AyudaOptions, PanelEvent } from './core/contract.ts';
export type { Decision, SearchHit, SearchResult } from './search/engine.ts';
export type { FaqIndex } from './search/index-format.ts';
