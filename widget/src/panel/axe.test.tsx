// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, expect, test } from 'vitest';
import { mountInShadow } from './__fixtures__/mount-in-shadow.ts';

// Every view of the panel passes axe's WCAG A/AA rules. Colour contrast needs
// a real layout engine, so it is left to the browser tests (and to the
// contrast notes in ./styles.ts).
type Mounted = Awaited<ReturnType<typeof mountInShadow>>;
const type = (p: Mounted, query: string) => fireEvent.input(p.ui.getByRole('combobox'), { target: { value: query } });

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.each([
  ['suggestions', (_p: Mounted) => {}],
  ['results', (p: Mounted) => type(p, 'pedido')],
  ['no results', (p: Mounted) => type(p, 'pizza con piña')],
  ['answer with the comment box', (p: Mounted) => {
    type(p, 'donde esta mi pedido');
    fireEvent.keyDown(p.ui.getByRole('combobox'), { key: 'Enter' });
    fireEvent.click(p.ui.getByRole('button', { name: 'No' }));
  }],
])('%s: no axe violations', async (_name, act) => {
  document.documentElement.lang = 'es';
  document.title = 'Tienda';
  const p = await mountInShadow();
  destroy = p.destroy;
  p.open();
  act(p);
  expect(await violations()).toEqual([]);
});
