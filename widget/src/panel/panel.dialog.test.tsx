// @vitest-environment happy-dom
/** The frame around the search: a labelled modal dialog with its focus trap and close button, or inline; its language and direction. */
import { act, fireEvent } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { key, optionTexts, type, usePanelPage } from './__fixtures__/panel-page.ts';

const { mount } = usePanelPage();

describe('dialog', () => {
  test('is a labelled modal dialog; focus goes to the search box on open', async () => {
    const p = await mount();
    p.open('devolver');
    const dialog = p.ui.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(p.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Ayuda');
    expect(p.focused()).toBe(p.ui.getByRole('combobox'));
    expect((p.focused() as HTMLInputElement).value).toBe('devolver');
    expect(p.ui.getByRole('button', { name: 'Cerrar la ayuda' })).toBeTruthy();
  });

  test('Tab and Shift+Tab wrap around its ends', async () => {
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
