// @vitest-environment happy-dom
/** `<ayuda-help>`'s addresses: each answer has its own (`#faq/<id>` or a path), Back returns to the list, and an address opens its answer. */
import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { addressedEntry } from './answer-address.ts';
import { type, usePanelPage } from './__fixtures__/panel-page.ts';

const { mount } = usePanelPage();
const inline = (address = '#faq/') => mount({ mode: 'inline', address });
const popstate = () => act(() => void dispatchEvent(new PopStateEvent('popstate', { state: history.state })));
const heading = (p: Awaited<ReturnType<typeof inline>>) => p.ui.queryByRole('heading', { level: 3 })?.textContent;

afterEach(() => history.replaceState(null, '', '/'));

describe('answer addresses', () => {
  test('reads the entry id of a hash or a path, and nothing of a malformed one', () => {
    const at = (url: string) => {
      const u = new URL(url, 'https://tienda.example');
      return { hash: u.hash, pathname: u.pathname, search: u.search };
    };
    expect(addressedEntry('#faq/', at('/ayuda/#faq/seguir-pedido'))).toBe('seguir-pedido');
    expect(addressedEntry('#faq/', at('/ayuda/#faq/devoluci%C3%B3n'))).toBe('devolución');
    expect(addressedEntry('#faq/', at('/ayuda/#otra-cosa'))).toBeUndefined();
    expect(addressedEntry('#faq/', at('/ayuda/#faq/%E0%A4%A'))).toBeUndefined();
    expect(addressedEntry('/ayuda/', at('/ayuda/seguir-pedido?x=1'))).toBe('seguir-pedido');
    expect(addressedEntry('/ayuda/', at('/tienda/seguir-pedido'))).toBeUndefined();
  });

  test('opening an answer adds its address to the history; Back (the browser’s) returns to the list, on the same option', async () => {
    history.replaceState(null, '', '/centro-de-ayuda/?x=1');
    const p = await inline();
    type(p, 'cancelar pedido');
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    expect(location.pathname + location.search + location.hash).toBe('/centro-de-ayuda/?x=1#faq/cancelar-pedido');
    expect(history.state).toEqual({ ayuda: 'cancelar-pedido' });
    expect(p.focused()).toBe(p.ui.getByRole('heading', { name: '¿Cómo cancelo un pedido?' }));
    // What the browser does on Back: the address before, then popstate.
    history.replaceState(null, '', '/centro-de-ayuda/?x=1');
    popstate();
    const box = p.ui.getByRole('combobox') as HTMLInputElement;
    expect(box.value).toBe('cancelar pedido');
    expect(p.focused()).toBe(box);
    const active = p.root.getElementById(box.getAttribute('aria-activedescendant')!);
    expect(active?.textContent).toBe('¿Cómo cancelo un pedido?');
  });

  test('a related answer, then Back: the first answer again', async () => {
    const p = await inline();
    type(p, 'cancelar pedido');
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    const link = p.ui.getByRole('link', { name: '¿Cómo sigo mi pedido?' });
    expect(link.getAttribute('href')).toBe('#faq/seguir-pedido');
    fireEvent.click(link);
    expect(location.hash).toBe('#faq/seguir-pedido');
    history.replaceState({ ayuda: 'cancelar-pedido' }, '', '#faq/cancelar-pedido');
    popstate();
    expect(heading(p)).toBe('¿Cómo cancelo un pedido?');
    expect(p.focused()).toBe(p.ui.getByRole('heading', { name: '¿Cómo cancelo un pedido?' }));
  });

  test('an address opens its answer (heading focused); the panel’s Back then shows the list at the page’s address', async () => {
    history.replaceState(null, '', '/centro-de-ayuda/#faq/seguir-pedido');
    const p = await inline();
    expect(heading(p)).toBe('¿Cómo sigo mi pedido?');
    expect(p.focused()).toBe(p.ui.getByRole('heading', { name: '¿Cómo sigo mi pedido?' }));
    expect(p.events.filter((e) => e.type === 'answer_read' || e.type === 'search')).toEqual([]);
    fireEvent.click(p.ui.getByRole('button', { name: 'Volver' }));
    expect(location.pathname + location.hash).toBe('/centro-de-ayuda/');
    expect(p.ui.getByRole('listbox', { name: 'Artículos sugeridos' })).toBeTruthy();
    // A link on the page to another answer (a hash change fires popstate) opens it.
    history.pushState(null, '', '#faq/cancelar-pedido');
    popstate();
    expect(heading(p)).toBe('¿Cómo cancelo un pedido?');
  });

  test('an unknown or malformed address leaves the list; a path prefix works the same', async () => {
    history.replaceState(null, '', '/centro-de-ayuda/#faq/%E0%A4%A');
    const p = await inline();
    expect(p.ui.getByRole('listbox')).toBeTruthy();
    p.destroy();
    history.replaceState(null, '', '/ayuda/cancelar-pedido');
    const q = await inline('/ayuda/');
    expect(heading(q)).toBe('¿Cómo cancelo un pedido?');
    fireEvent.click(q.ui.getByRole('button', { name: 'Volver' }));
    expect(location.pathname).toBe('/ayuda/');
  });

  test('the dialog has no addresses', async () => {
    history.replaceState(null, '', '/#faq/seguir-pedido');
    const p = await mount();
    p.open();
    expect(p.ui.getByRole('combobox')).toBeTruthy();
    type(p, 'cancelar pedido');
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    expect(location.hash).toBe('#faq/seguir-pedido');
  });
});
