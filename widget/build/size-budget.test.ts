/**
 * The size budgets hold for what a site owner really ships: the real widget
 * (not the test stand-in panel) written by `ayuda build` next to the demo
 * shop's FAQ, manifest included. Built here, in a test process (NODE_ENV is
 * "test"), as CI's first widget build is: it must still be the production
 * build. Over budget fails CI; `npm run budget` and `npm run build:widget`
 * print the figures.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compileFaq } from '../compiler/index.ts';
import { serializeParts } from '../compiler/write-faq-index.ts';
import { writeWidget } from '../compiler/write-widget.ts';
import { buildWidget } from './build-widget.ts';
import { checkBudgets, fileSizes, widgetPart } from './file-sizes.ts';

it('ships within budget: ayuda.js ≤ 5,000 B, the help ≤ 33,900 B, the hand-off ≤ 14,600 B (gzip)', async () => {
  const base = await mkdtemp(join(tmpdir(), 'ayuda-size-budget-'));
  const built = await buildWidget(join(base, 'widget'));
  for (const f of built.filter((f) => widgetPart(f.name) !== 'data')) {
    // The development JSX runtime would add each element's source location: { fileName, lineNumber, columnNumber }.
    expect(readFileSync(join(base, 'widget', f.name), 'utf8'), f.name).not.toMatch(/lineNumber:\d/);
  }
  const out = join(base, 'out');
  const { faq } = await compileFaq(['demo/faq/es.md', 'demo/faq/en.md']);
  await writeWidget(out, serializeParts(faq), { widgetDir: join(base, 'widget') });
  const files = fileSizes(out);
  expect(files.filter((f) => widgetPart(f.name) === 'handoff')).toHaveLength(1);
  expect(checkBudgets(files).filter((c) => !c.ok)).toEqual([]);
}, 120_000);
