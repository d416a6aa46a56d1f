/**
 * The real Vite build of the script-tag widget (with the core's stand-in
 * panel, so this test does not move with the panel's code), then ayuda.js
 * run in a happy-dom page that loads it from another origin, exactly as a
 * site would: snippet queue, data-* options, manifest, dynamic import.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFaq } from '../compiler/index.ts';
import { serializeParts } from '../compiler/write-faq-index.ts';
import { writeWidget } from '../compiler/write-widget.ts';
import { MANIFEST_PLACEHOLDER } from '../src/core/read-manifest.ts';
import { buildWidget, sizeReport } from './build-widget.ts';
import { gzipSize, LAUNCHER_BUDGET, TOTAL_BUDGET, type FileSize } from './file-sizes.ts';
import { PANEL_STAND_IN } from './paths.ts';

let base: string;
let built: FileSize[];
let out: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'ayuda-widget-build-'));
  built = await buildWidget(join(base, 'widget'), { panel: PANEL_STAND_IN });
  const { faq } = await compileFaq(['widget/compiler/__fixtures__/faq.md']);
  out = join(base, 'public/ayuda');
  await writeWidget(out, serializeParts(faq), { widgetDir: join(base, 'widget') });
}, 120_000);

describe('buildWidget', () => {
  it('builds ayuda.js as a classic script within budget, with the manifest placeholder once', () => {
    expect(built.map((f) => f.name)).toEqual(expect.arrayContaining(['ayuda.js', 'panel.js']));
    const launcher = readFileSync(join(base, 'widget/ayuda.js'), 'utf8');
    expect(launcher.startsWith('(function(){')).toBe(true);
    expect(launcher).not.toMatch(/^\s*(import|export)\b/m);
    expect(launcher.split(MANIFEST_PLACEHOLDER)).toHaveLength(2);
    expect(launcher).not.toMatch(/preact|floating-ui|fuse/i);
    expect(gzipSize(launcher)).toBeLessThanOrEqual(LAUNCHER_BUDGET);
  });

  it('builds panel.js as an ES module with the PanelModule exports', async () => {
    const panel = (await import(pathToFileURL(join(base, 'widget/panel.js')).href)) as Record<string, unknown>;
    expect(typeof panel.createSearchEngine).toBe('function');
    expect(typeof panel.mountPanel).toBe('function');
  });

  it('builds outbox.js as an ES module of its own, without the panel\'s code', async () => {
    const outbox = readFileSync(join(base, 'widget/outbox.js'), 'utf8');
    expect(outbox).not.toMatch(/preact|fuse|^\s*import\b/im);
    const module = (await import(pathToFileURL(join(base, 'widget/outbox.js')).href)) as Record<string, unknown>;
    expect(Object.keys(module)).toEqual(['startRecording']);
  });

  it('reports sizes against the budgets: the launcher, the help a customer downloads (with one stemmer), the hand-off on demand', () => {
    const small = sizeReport([
      { name: 'ayuda.js', bytes: 9000, gzipBytes: 4000 },
      { name: 'chunks/handoff-ab12.js', bytes: 30000, gzipBytes: 11000 },
      { name: 'chunks/journal-cd34.js', bytes: 4000, gzipBytes: 1900 },
      { name: 'outbox.js', bytes: 6000, gzipBytes: 2000 },
      { name: 'panel.js', bytes: 60000, gzipBytes: 20000 },
      { name: 'chunks/stem-es-ef56.js', bytes: 3000, gzipBytes: 1200 },
      { name: 'chunks/stem-en-ab78.js', bytes: 1500, gzipBytes: 700 },
    ]);
    expect(small.ok).toBe(true);
    expect(small.lines[0]).toMatch(/^ {2}dist\/widget\/ayuda\.js +8\.8 KiB +4,000 B gzip {2}launcher$/);
    expect(small.lines.slice(-4, -1)).toEqual([
      expect.stringMatching(/ayuda\.js, runs before help is opened +4,000 B gzip {2}budget 5,000 B$/),
      // One stemmer, the largest: a searcher downloads their language's.
      expect.stringMatching(/help: ayuda\.js \+ panel \+ outbox \+ journal \+ a stemmer +29,100 B gzip {2}budget 33,900 B$/),
      expect.stringMatching(/hand-off to a person, on demand +11,000 B gzip {2}budget 14,600 B$/),
    ]);
    expect(sizeReport([{ name: 'ayuda.js', bytes: 1, gzipBytes: LAUNCHER_BUDGET + 1 }]).ok).toBe(false);
    expect(sizeReport([{ name: 'ayuda.js', bytes: 1, gzipBytes: 1000 }, { name: 'panel.js', bytes: 1, gzipBytes: TOTAL_BUDGET - 1000 + 1 }]).ok).toBe(false);
    expect(sizeReport([{ name: 'ayuda.js', bytes: 1, gzipBytes: 1000 }, { name: 'chunks/handoff-x.js', bytes: 1, gzipBytes: 14_601 }]).ok).toBe(false);
    expect(sizeReport([{ name: 'panel.js', bytes: 1, gzipBytes: 1000 }]).ok).toBe(false); // no ayuda.js at all
  });

  it('keeps ayuda.js within its budget once `ayuda build` has written the manifest into it', () => {
    expect(gzipSize(readFileSync(join(out, 'ayuda.js')))).toBeLessThanOrEqual(LAUNCHER_BUDGET);
  });
});

const SNIPPET = 'window.ayuda=window.ayuda||function(){(ayuda.q=ayuda.q||[]).push(arguments)};';

/** A page at shop.example that loads the widget from cdn.example/ayuda/ (served from `out`). */
async function page(head: string) {
  const window = new Window({
    url: 'https://shop.example/tienda/producto',
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: { virtualServers: [{ url: 'https://cdn.example/ayuda/', directory: out }] },
    },
  });
  const warnings: string[] = [];
  window.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const before = new Set(Object.getOwnPropertyNames(window));
  window.document.write(`<!doctype html><html lang="en"><head>${head}</head><body><main><h1>Tienda</h1></main></body></html>`);
  await window.happyDOM.waitUntilComplete();
  const settle = async () => {
    for (let i = 0; i < 50 && !window.document.querySelector('[data-ayuda-root]')?.shadowRoot?.querySelector('[role=dialog]'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    window,
    warnings,
    settle,
    newGlobals: () => Object.getOwnPropertyNames(window).filter((k) => !before.has(k)),
    shadow: () => window.document.querySelector('[data-ayuda-root]')!.shadowRoot!,
  };
}

describe('ayuda.js in a page', () => {
  it('replays the queued calls, finds the panel and the index next to itself, and adds no global but ayuda', async () => {
    const p = await page(
      `<script>${SNIPPET} window.seen = []; ayuda('on', 'open', function (e) { seen.push(e.type) }); ayuda('identify', { plan: 'pro' }); ayuda('open', 'devolucion');</script>` +
        '<script src="https://cdn.example/ayuda/ayuda.js" data-lang="es" data-color="#ffcc00" data-position="bottom-left"></script>',
    );
    await p.settle();
    const w = p.window as unknown as { ayuda: ((...a: unknown[]) => unknown) & { l?: number }; seen: string[] };
    expect(p.newGlobals().sort()).toEqual(['ayuda', 'seen']);
    expect(typeof w.ayuda).toBe('function');
    expect(w.ayuda.l).toBe(1);
    const shadow = p.shadow();
    expect(shadow.querySelector('button')!.textContent).toBe('Ayuda');
    expect(shadow.querySelector('button')!.classList.contains('left')).toBe(true);
    expect(shadow.querySelector('[role=dialog] input')!.getAttribute('type')).toBe('search');
    expect((shadow.querySelector('[role=dialog] input') as unknown as { value: string }).value).toBe('devolucion');
    expect(shadow.querySelector('[role=dialog] li')?.textContent).toMatch(/devuelvo|reembolso/);
    expect(w.seen).toEqual(['open']);
    w.ayuda('close');
    expect((shadow.querySelector('[role=dialog]') as unknown as { hidden: boolean }).hidden).toBe(true);
    expect(p.warnings).toEqual([]);
    w.ayuda('destroy');
    expect(p.window.document.querySelector('[data-ayuda-root]')).toBeNull();
    await p.window.happyDOM.close();
  }, 30_000);

  it('queues calls made right after the script, before the launcher is built in the next task, without the snippet', async () => {
    const p = await page(
      '<script src="https://cdn.example/ayuda/ayuda.js" data-lang="es"></script>' +
        `<script>window.seen = []; ayuda('on', 'open', function (e) { seen.push(e.type) }); ayuda('open', 'reembolso');</script>`,
    );
    await p.settle();
    const w = p.window as unknown as { seen: string[] };
    expect(w.seen).toEqual(['open']);
    expect((p.shadow().querySelector('[role=dialog] input') as unknown as { value: string }).value).toBe('reembolso');
    expect(p.warnings).toEqual([]);
    await p.window.happyDOM.close();
  }, 30_000);

  it('runs calls at once after load, and a second copy of the script does nothing', async () => {
    const p = await page(
      '<script src="https://cdn.example/ayuda/ayuda.js" data-launcher="false"></script>' +
        '<script src="https://cdn.example/ayuda/ayuda.js"></script>',
    );
    expect(p.window.document.querySelectorAll('[data-ayuda-root]')).toHaveLength(1);
    expect(p.shadow().querySelector('button')).toBeNull();
    expect(p.warnings).toEqual(['[ayuda] ayuda.js included twice: ignored']);
    const w = p.window as unknown as { ayuda: (...a: unknown[]) => Promise<{ hits: { id: string }[] }> };
    const result = await w.ayuda('search', 'reembolso');
    expect(result.hits.length).toBeGreaterThan(0);
    w.ayuda('nope');
    expect(p.warnings.at(-1)).toBe('[ayuda] unknown command "nope"');
    await p.window.happyDOM.close();
  }, 30_000);
});
