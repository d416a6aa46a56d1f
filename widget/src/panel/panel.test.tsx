// @vitest-environment happy-dom
/** The panel before and while the customer types: suggestions, results as you type, the keyboard in the list, and what it says when nothing is found. */
import { act } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { key, optionTexts, type, usePanelPage } from './__fixtures__/panel-page.ts';
import { ANNOUNCE_MS } from './panel.tsx';

const { mount } = usePanelPage();

describe('before typing', () => {
  test('offers this page’s suggestions, then popular entries', async () => {
    history.replaceState(null, '', '/pedidos/LU-123');
    const p = await mount({ options: { index: '', suggestions: [{ pattern: '/pedidos/*', ids: ['cancelar-pedido'] }] } });
    p.open();
    const list = p.ui.getByRole('listbox', { name: 'Artículos sugeridos' });
    expect(list).toBeTruthy();
    expect(optionTexts(p)).toEqual(['¿Cómo cancelo un pedido?', '¿Cómo sigo mi pedido?', '¿Cuánto tarda en llegar mi pedido?', '¿Cómo devuelvo un pedido?']);
    const box = p.ui.getByRole('combobox', { name: '¿En qué podemos ayudarte?' });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    history.replaceState(null, '', '/');
  });
});

describe('searching', () => {
  test('results appear as you type, matched words marked', async () => {
    const p = await mount();
    p.open();
    type(p, 'cancelar pedio');
    expect(p.ui.getByRole('listbox', { name: 'Resultados' })).toBeTruthy();
    const first = p.ui.getAllByRole('option')[0]!;
    expect(first.textContent).toBe('¿Cómo cancelo un pedido?');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['cancelo', 'pedido']);
  });

  test('a question is shown as text, never parsed as HTML', async () => {
    const p = await mount();
    p.open();
    type(p, 'contrasena');
    const option = p.ui.getAllByRole('option')[0]!;
    expect(option.textContent).toBe('He olvidado mi contraseña, ¿cómo la recupero?');
    expect(option.querySelectorAll('*:not(mark)')).toHaveLength(0);
  });

  test('arrows move the active option (wrapping), Home/End jump, Enter opens it', async () => {
    const p = await mount();
    p.open();
    type(p, 'pedido');
    const box = p.ui.getByRole('combobox');
    const options = p.ui.getAllByRole('option');
    const active = () => {
      const id = box.getAttribute('aria-activedescendant');
      const selected = options.filter((o) => o.getAttribute('aria-selected') === 'true');
      expect(selected.map((o) => o.id)).toEqual(id ? [id] : []);
      return id ? options.findIndex((o) => o.id === id) : -1;
    };
    expect(active()).toBe(-1);
    key(p, 'ArrowDown');
    expect(active()).toBe(0);
    key(p, 'ArrowUp');
    expect(active()).toBe(options.length - 1);
    key(p, 'ArrowDown');
    expect(active()).toBe(0);
    key(p, 'End');
    expect(active()).toBe(options.length - 1);
    key(p, 'Home');
    expect(active()).toBe(0);
    key(p, 'ArrowDown');
    const chosen = options[1]!.textContent;
    key(p, 'Enter');
    expect(p.ui.getByRole('heading', { level: 3, name: chosen! })).toBe(p.focused());
  });

  test('Enter with no active option opens the best hit', async () => {
    const p = await mount();
    p.open();
    type(p, 'donde esta mi pedido');
    key(p, 'Enter');
    expect(p.focused()?.textContent).toBe('¿Cómo sigo mi pedido?');
  });

  test('Escape clears the query first, then closes the dialog', async () => {
    const p = await mount();
    p.open();
    type(p, 'pedido');
    key(p, 'Escape');
    expect((p.ui.getByRole('combobox') as HTMLInputElement).value).toBe('');
    expect(p.ui.getByRole('listbox', { name: 'Artículos sugeridos' })).toBeTruthy();
    expect(p.onClose).not.toHaveBeenCalled();
    key(p, 'Escape');
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(p.ui.queryByRole('dialog')).toBeNull();
  });

  test('the result count is announced politely once typing settles', async () => {
    vi.useFakeTimers();
    const p = await mount();
    p.open();
    const live = p.container.querySelector('[aria-live="polite"]')!;
    type(p, 'pedid');
    type(p, 'pedido');
    expect(live.textContent).toBe('');
    act(() => void vi.advanceTimersByTime(ANNOUNCE_MS));
    expect(live.textContent).toBe(`${p.ui.getAllByRole('option').length} resultados`);
    type(p, 'pizza con piña');
    act(() => void vi.advanceTimersByTime(ANNOUNCE_MS));
    expect(live.textContent).toBe('Sin resultados');
    expect(p.container.querySelectorAll('[aria-live]')).toHaveLength(1);
  });
});

describe("the query's language", () => {
  test('a Spanish question on an English page finds the Spanish entry, marked "En español"', async () => {
    const p = await mount({ lang: 'en' });
    p.open();
    type(p, 'cuanto tarda en llegar mi pedio');
    const first = p.ui.getAllByRole('option')[0]!;
    expect(first.textContent).toBe('¿Cuánto tarda en llegar mi pedido?En español');
    expect(first.querySelector('.ay-lang')!.getAttribute('lang')).toBe('es');
    type(p, 'how long does delivery take');
    expect(optionTexts(p)[0]).toBe('How long does delivery take?');
  });
});

describe('nothing found', () => {
  test('says so, gives tips and offers popular entries', async () => {
    const p = await mount();
    p.open();
    type(p, 'pizza con piña');
    expect(p.ui.getByText('No encontramos nada para «pizza con piña»')).toBeTruthy();
    expect(p.ui.getByText('usar menos palabras')).toBeTruthy();
    p.ui.getByRole('listbox', { name: 'Lo más consultado' });
    expect(optionTexts(p)).toEqual(['¿Cómo sigo mi pedido?', '¿Cuánto tarda en llegar mi pedido?', '¿Cómo devuelvo un pedido?']);
  });

  test('weak matches come with "these might help"', async () => {
    const p = await mount();
    p.open();
    type(p, 'devolucion de un regalo de cumpleaños');
    expect(p.ui.getByRole('listbox', { name: 'Quizá te sirvan' })).toBeTruthy();
    expect(optionTexts(p)[0]).toBe('¿Cómo devuelvo un pedido?');
  });
});
