// @vitest-environment happy-dom
/**
 * The frame around the search: a labelled dialog with its close button
 * (modal with a focus trap as the full-screen sheet of small screens,
 * non-modal floating beside the page, closed by a press outside), or
 * inline; its language and direction.
 */
import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { key, optionTexts, type, usePanelPage } from './__fixtures__/panel-page.ts';

const { mount } = usePanelPage();

/** A screen whose viewport is (or not) the small one where help is a full-screen sheet (place.ts NARROW). */
const screen = (small: boolean) => vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ matches: small, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList);
afterEach(() => vi.restoreAllMocks());

describe('dialog', () => {
  test('floating beside the page: a labelled, non-modal dialog that a press outside closes; focus goes to the search box on open', async () => {
    screen(false);
    const p = await mount();
    p.open('devolver');
    const dialog = p.ui.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    // Tab is not kept inside: from the search box (the last stop) it leaves for the page.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    p.ui.getByRole('combobox').dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    // A press inside help (the panel, the launcher beside it) keeps it open; one on the page closes it.
    act(() => void dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    act(() => void (p.root as ShadowRoot).host.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(p.onClose).not.toHaveBeenCalled();
    act(() => void document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(p.ui.queryByRole('dialog')).toBeNull();
  });

  test('as the full-screen sheet of a small screen: modal, and a press on what it covers does not close it', async () => {
    screen(true);
    const p = await mount();
    p.open('devolver');
    const dialog = p.ui.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    act(() => void document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(p.onClose).not.toHaveBeenCalled();
    expect(p.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Ayuda');
    expect(p.focused()).toBe(p.ui.getByRole('combobox'));
    expect((p.focused() as HTMLInputElement).value).toBe('devolver');
    expect(p.ui.getByRole('button', { name: 'Cerrar la ayuda' })).toBeTruthy();
  });

  test('as the sheet, Tab and Shift+Tab wrap around its ends', async () => {
    screen(true);
    const p = await mount();
    p.open();
    const close = p.ui.getByRole('button', { name: 'Cerrar la ayuda' });
    const box = p.ui.getByRole('combobox');
    // The search box is the last stop (options are reached with the arrows), the close button the first.
    key(p, 'Tab');
    expect(p.focused()).toBe(close);
    key(p, 'Tab', { shiftKey: true });
    expect(p.focused()).toBe(box);
    type(p, 'cancelar pedido');
    key(p, 'Enter');
    const links = p.ui.getByRole('navigation').querySelectorAll('a');
    act(() => links[links.length - 1]!.focus());
    key(p, 'Tab');
    expect(p.focused()).toBe(close);
    key(p, 'Tab', { shiftKey: true });
    expect(p.focused()).toBe(links[links.length - 1]);
  });

  test('the close button closes it and tells the core', async () => {
    const p = await mount();
    p.open();
    fireEvent.click(p.ui.getByRole('button', { name: 'Cerrar la ayuda' }));
    expect(p.ui.queryByRole('dialog')).toBeNull();
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  test('inline mode: the same search, without dialog, trap or close button', async () => {
    const p = await mount({ mode: 'inline' });
    expect(p.ui.queryByRole('dialog')).toBeNull();
    expect(p.ui.getByRole('region', { name: 'Ayuda' })).toBeTruthy();
    expect(p.ui.queryByRole('button', { name: 'Cerrar la ayuda' })).toBeNull();
    expect(p.focused()).toBeNull();
    type(p, 'cancelar pedido');
    expect(optionTexts(p)[0]).toBe('¿Cómo cancelo un pedido?');
    key(p, 'Escape');
    key(p, 'Escape');
    expect(p.onClose).not.toHaveBeenCalled();
    expect(p.ui.getByRole('combobox')).toBeTruthy();
  });
});

describe('languages', () => {
  test('English strings and entries', async () => {
    const p = await mount({ lang: 'en' });
    p.open();
    expect(p.ui.getByRole('dialog', { name: 'Help' })).toBeTruthy();
    expect(p.ui.getByRole('listbox', { name: 'Suggested articles' })).toBeTruthy();
    type(p, 'zebra stripes');
    expect(p.ui.getByText('We couldn’t find anything for “zebra stripes”')).toBeTruthy();
    type(p, 'where is my parcel');
    expect(optionTexts(p)[0]).toBe('How do I track my order?');
  });

  test('es-MX uses the Spanish strings', async () => {
    const p = await mount({ lang: 'es-mx' });
    p.open();
    expect(p.ui.getByRole('dialog', { name: 'Ayuda' }).getAttribute('lang')).toBe('es');
  });

  test('right-to-left languages set dir="rtl"', async () => {
    const ar = await mount({ lang: 'ar' });
    ar.open();
    expect(ar.ui.getByRole('dialog').getAttribute('dir')).toBe('rtl');
    const es = await mount();
    es.open();
    expect(es.ui.getByRole('dialog').getAttribute('dir')).toBe('ltr');
  });
});
