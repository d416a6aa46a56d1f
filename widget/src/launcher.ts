/**
 * Script-tag entry, built as the classic script `ayuda.js` (IIFE, ≤ 5 KB gzip).
 *
 *   <script>window.ayuda=window.ayuda||function(){(ayuda.q=ayuda.q||[]).push(arguments)}</script>
 *   <script async src="/ayuda/ayuda.js" data-lang="es" data-color="#0a7d5a"></script>
 *   <script>ayuda('on', 'search', function (e) { console.log(e.result.decision) })</script>
 *
 * Reads its options from its own `data-*` attributes, finds the panel chunk,
 * the FAQ index and the outbox chunk next to itself (names from the manifest
 * `ayuda build` injects), and replays the calls queued by the snippet (or made
 * before the launcher was built, in the task after this script). Defines no global
 * but `ayuda`.
 */
import { createAyuda } from './core/create-ayuda.ts';
import { installGlobal, type AyudaGlobal } from './core/install-global.ts';
import { readManifest } from './core/read-manifest.ts';
import { readScriptOptions } from './core/read-script-options.ts';
import { setCoreStrings } from './core/ui-strings.ts';
import type { PanelLoader } from './core/contract.ts';
import { attempt, warn } from './core/warn.ts';

const win = window as unknown as { ayuda?: AyudaGlobal };
// By value, not truthiness: `<form id="ayuda"><input name="l">` makes `window.ayuda.l` an element, never 1.
if (win.ayuda?.l === 1) {
  warn('ayuda.js included twice: ignored');
} else {
  // Nothing reaches the page: a failure says in one warning why help is not running.
  attempt('not running', () => {
    // By type too: `<img name="currentScript" src="//elsewhere/">` would name another base URL.
    const current = document.currentScript;
    const script = current instanceof HTMLScriptElement ? current : null;
    const base = script?.src || location.href;
    // `ayuda build` replaces this string literal with the manifest (widget/compiler/write-widget.ts).
    const manifest = readManifest('__AYUDA_MANIFEST__');
    setCoreStrings(manifest.ui);
    const url = (name: string): string => new URL(name, base).href;
    /** A chunk next to ayuda.js, imported when called. */
    const chunk = (name: string) => () => import(/* @vite-ignore */ url(name));
    const { index } = manifest;
    // One URL, or one per locale (the page's language loads first).
    const options = readScriptOptions(script, typeof index === 'string' ? url(index) : Object.fromEntries(Object.entries(index).map(([l, n]) => [l, url(n)])));
    // The launcher is built in a task of its own, so that evaluating this script
    // and building the launcher are two short tasks rather than one long one on a
    // slow phone. Meanwhile `ayuda(...)` calls are queued, as by the snippet.
    // The snippet's queue if there is one (a function, not an element the page named "ayuda").
    const queue: AyudaGlobal = typeof win.ayuda == 'function' ? win.ayuda : (...call: unknown[]) => void (queue.q ??= []).push(call);
    queue.l = 1;
    win.ayuda = queue;
    // The page language's stemmer (chunks/stem-<lang>.<the panel's hash>.js) is imported with the panel, not
    // after it: one round trip less on a slow network (the panel imports the same module, fetched once).
    const panel = (lang = ''): Promise<unknown> => (
      manifest.stems?.includes((lang = lang.slice(0, 2))) && chunk(manifest.panel.replace('panel', 'chunks/stem-' + lang))().catch(() => {}), chunk(manifest.panel)()
    );
    // The notices chunk is named like the outbox's (notices.<hash>.js, the same hash: widget/compiler/write-widget.ts).
    setTimeout(() => attempt('not running', () => installGlobal(win, createAyuda(options, panel as PanelLoader, chunk(manifest.outbox!), chunk(manifest.outbox!.replace('outbox', 'notices'))))));
  });
}
