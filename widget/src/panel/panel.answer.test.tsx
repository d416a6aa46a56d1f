// @vitest-environment happy-dom
/** The answer view: the question as a focused heading, the sanitized answer, related links, Back to the results, and the feedback form. */
import { fireEvent } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { key, type, usePanelPage } from './__fixtures__/panel-page.ts';

const { mount } = usePanelPage();

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
