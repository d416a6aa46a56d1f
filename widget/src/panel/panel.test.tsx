// @vitest-environment happy-dom
import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mountInShadow } from './__fixtures__/mount-in-shadow.ts';
import { ANNOUNCE_MS } from './panel.tsx';
import { SETTLE_MS } from './reporter.ts';

type Mounted = Awaited<ReturnType<typeof mountInShadow>>;
let mounted: Mounted[] = [];
const mount = async (...args: Parameters<typeof mountInShadow>) => {
  const m = await mountInShadow(...args);
  mounted.push(m);
  return m;
};
afterEach(() => {
  for (const m of mounted) m.destroy();
  mounted = [];
  vi.useRealTimers();
});

const type = (p: Mounted, text: string) => fireEvent.input(p.ui.getByRole('combobox'), { target: { value: text } });
const key = (p: Mounted, k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(p.focused() ?? p.container, { key: k, ...init });
const optionTexts = (p: Mounted) => p.ui.queryAllByRole('option').map((o) => o.textContent);

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
    type(p, 'devolver regalo');
    expect(p.ui.getByRole('listbox', { name: 'Quizá te sirvan' })).toBeTruthy();
    expect(optionTexts(p)[0]).toBe('¿Cómo devuelvo un pedido?');
  });
});

describe('the answer', () => {
  test('shows the question as a focused heading, the sanitized answer and related links', async () => {
    const p = await mount();
    p.open();
    type(p, 'cancelar pedido');
    fireEvent.click(p.ui.getAllByRole('option')[0]!);
    const heading = p.ui.getByRole('heading', { name: '¿Cómo cancelo un pedido?' });
    expect(p.focused()).toBe(heading);
    const article = heading.closest('article')!;
    expect(article.querySelector('strong')?.textContent).toBe('Recibido');
    // The fixture's answer carries <script> and onerror: the build stripped them.
    expect(article.querySelector('script, img, [onerror]')).toBeNull();
    const related = p.ui.getByRole('navigation', { name: 'Artículos relacionados' });
    const links = [...related.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['¿Cómo sigo mi pedido?', '¿Cómo devuelvo un pedido?']);
    fireEvent.click(links[0]!);
    expect(p.focused()).toBe(p.ui.getByRole('heading', { name: '¿Cómo sigo mi pedido?' }));
  });

  test('Back returns to the results with the same query and active option, focus in the box', async () => {
    const p = await mount();
    p.open();
    type(p, 'pedido');
    key(p, 'ArrowDown');
    key(p, 'ArrowDown');
    const activeOption = () => p.root.getElementById(p.ui.getByRole('combobox').getAttribute('aria-activedescendant')!)?.textContent;
    const chosen = activeOption();
    key(p, 'Enter');
    expect(p.ui.queryByRole('combobox')).toBeNull();
    fireEvent.click(p.ui.getByRole('button', { name: 'Volver' }));
    const box = p.ui.getByRole('combobox') as HTMLInputElement;
    expect(box.value).toBe('pedido');
    expect(activeOption()).toBe(chosen);
    expect(p.ui.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(p.focused()).toBe(box);
  });

  test('feedback Yes: thanks, and a feedback event', async () => {
    const p = await mount();
    p.open();
    type(p, 'donde esta mi pedido');
    key(p, 'Enter');
    p.ui.getByRole('group', { name: '¿Te ha servido esta respuesta?' });
    fireEvent.click(p.ui.getByRole('button', { name: 'Sí' }));
    expect(p.focused()?.textContent).toBe('¡Gracias por tu opinión!');
    expect(p.events.filter((e) => e.type === 'feedback')).toEqual([
      { type: 'feedback', entryId: 'seguir-pedido', helpful: true, query: 'donde esta mi pedido' },
    ]);
  });

  test('feedback No with a comment', async () => {
    const p = await mount();
    p.open();
    type(p, 'donde esta mi pedido');
    key(p, 'Enter');
    fireEvent.click(p.ui.getByRole('button', { name: 'No' }));
    const box = p.ui.getByRole('textbox', { name: '¿Qué te faltó? (opcional)' }) as HTMLTextAreaElement;
    expect(p.focused()).toBe(box);
    expect(box.maxLength).toBe(500);
    fireEvent.input(box, { target: { value: 'No sale el número de guía' } });
    fireEvent.submit(box.form!);
    expect(p.ui.getByText('¡Gracias por tu opinión!')).toBeTruthy();
    expect(p.events.filter((e) => e.type === 'feedback')).toEqual([
      { type: 'feedback', entryId: 'seguir-pedido', helpful: false, query: 'donde esta mi pedido', comment: 'No sale el número de guía' },
    ]);
  });
});

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

describe('events', () => {
  test('search is emitted once, after typing settles', async () => {
    vi.useFakeTimers();
    const p = await mount();
    p.open();
    for (const q of ['d', 'de', 'dev', 'devo', 'devol', 'devolver']) {
      type(p, q);
      act(() => void vi.advanceTimersByTime(150));
    }
    expect(p.events).toEqual([]);
    act(() => void vi.advanceTimersByTime(SETTLE_MS));
    expect(p.events.map((e) => e.type === 'search' && e.result.query)).toEqual(['devolver']);
  });

  test('answer_read with the time spent, when Back leaves the answer', async () => {
    vi.useFakeTimers();
    const p = await mount();
    p.open();
    type(p, 'donde esta mi pedido');
    key(p, 'Enter');
    act(() => void vi.advanceTimersByTime(7000));
    fireEvent.click(p.ui.getByRole('button', { name: 'Volver' }));
    expect(p.events.filter((e) => e.type !== 'search')).toEqual([
      { type: 'answer_read', entryId: 'seguir-pedido', query: 'donde esta mi pedido', ms: 7000 },
    ]);
  });

  test('gave_up when closed after an unanswered search', async () => {
    const p = await mount();
    p.open();
    type(p, 'pizza con piña');
    fireEvent.click(p.ui.getByRole('button', { name: 'Cerrar la ayuda' }));
    expect(p.events.map((e) => e.type)).toEqual(['search', 'gave_up']);
    expect(p.events[1]).toMatchObject({ type: 'gave_up', query: 'pizza con piña' });
  });

  test('nothing is emitted without consent', async () => {
    const p = await mount({ consented: () => false });
    p.open();
    type(p, 'pizza con piña');
    p.close();
    expect(p.events).toEqual([]);
  });
});
