/**
 * Shared Vite settings for the widget builds (widget/build/build-widget.ts,
 * widget/build/build-npm.ts): Preact's automatic JSX runtime through Oxc, a
 * target every evergreen browser of the last few years runs, no modulepreload
 * polyfill (the widget's only dynamic imports are its own chunks).
 * Tests use vitest.config.ts, not this file.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // development: false, or a build started from a test run (NODE_ENV=test) ships jsxDEV calls with source locations.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  logLevel: 'warn',
  build: {
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    sourcemap: false,
    copyPublicDir: false,
  },
});
