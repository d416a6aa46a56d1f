// @vitest-environment happy-dom
/**
 * The hand-off inside the real panel: where "Talk to a person" is offered,
 * the hand-off chunk opening in place of the search with the last query,
 * Back, and the journey kept from the panel's own events.
 */
import 'fake-indexeddb/auto';
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInShadow } from '../../panel/__fixtures__/mount-in-shadow.ts';
import { es as panelEs } from '../../i18n/es.ts';
import { es } from '../i18n/es.ts';
import { readJourney } from '../journey/recorder.ts';
import { storage } from '../storage.ts';

type Mounted = Awaited<ReturnType<typeof mountInShadow>>;
const mounted: Mounted[] = [];
const mount = async (options = {}) => {
  const m = await mountInShadow({ options: { index: '', collector: 'http://collector.test', site: 'demo', ...options } });
  mounted.push(m);
  return m;
};
afterEach(async () => {
  for (const m of mounted.splice(0)) m.destroy();
  // Let the journey writes of this test land (the chunk may still be loading) before clearing what they wrote.
  await import('../journal.ts');
  await new Promise((r) => setTimeout(r, 20));
  await readJourney({ options: { index: '' } });
  await Promise.all([storage.remove('draft'), storage.remove('journey'), storage.remove('sent')]);
});
const type = (p: Mounted, text: string) => fireEvent.input(p.ui.getByRole('combobox'), { target: { value: text } });
const offers = (p: Mounted) => p.ui.queryAllByRole('button', { name: panelEs.handoff });

describe('hand-off in the panel', () => {
  it('offers a person once: in the footer, then where the search fails, then after "No"', async () => {
    const p = await mount();
    p.open();
    expect(offers(p)).toHaveLength(1);
    type(p, 'pizza con piña');
    expect(offers(p)).toHaveLength(1);
    expect(offers(p)[0]!.closest('.ay-body')!.querySelector('.ay-none')).toBeTruthy();
    type(p, 'donde esta mi pedido');
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    expect(offers(p)).toHaveLength(1);
    fireEvent.click(p.ui.getByRole('button', { name: 'No' }));
    expect(offers(p)).toHaveLength(1);
    expect(offers(p)[0]!.closest('form')).toBeTruthy();
  });

  it('offers none, and keeps no journey, when the site has no channel', async () => {
    const p = await mountInShadow({ options: { index: '' } });
    mounted.push(p);
    p.open();
    type(p, 'pizza con piña');
    expect(offers(p)).toHaveLength(0);
    p.close(); // reports the search
    expect(p.events.map((e) => e.type)).toContain('search');
    await new Promise((r) => setTimeout(r, 50));
    expect(await readJourney({ options: { index: '' } })).toBeUndefined();
  });

  it('opens the hand-off with the last search as the question, keeps the journey, and Back returns to the search', async () => {
    const p = await mount();
    p.open();
    type(p, 'pizza con piña');
    fireEvent.click(offers(p)[0]!);
    const heading = await waitFor(() => p.ui.getByRole('heading', { name: es.title }));
    await waitFor(() => expect(p.focused()).toBe(heading));
    expect((p.ui.getByLabelText(es.question) as HTMLTextAreaElement).value).toBe('pizza con piña');
    const journey = await readJourney({ options: { index: '' } });
    expect(journey!.items.map((i) => i.kind)).toEqual(['page', 'search']);
    expect(journey!.items[1]).toMatchObject({ query: 'pizza con piña', decision: 'none' });
    // One line says what goes with it; Revisar opens the items, in the second person.
    expect(p.ui.getByText(/^Se enviará: 1 búsqueda y esta página/)).toBeTruthy();
    fireEvent.click(p.ui.getByRole('button', { name: es.summary.review }));
    expect(p.ui.getByRole('button', { name: /^Quitar: Buscaste «pizza con piña»/ })).toBeTruthy();
    fireEvent.click(p.ui.getByRole('button', { name: es.back }));
    await waitFor(() => expect(p.focused()).toBe(p.ui.getByRole('combobox')));
    expect((p.ui.getByRole('combobox') as HTMLInputElement).value).toBe('pizza con piña');
  });
});
