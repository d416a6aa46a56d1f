/**
 * Mount the panel as the core does: in a container inside an open shadow
 * root, with an engine over the fixture FAQ. Returns what tests look at:
 * queries scoped to the panel (Testing Library's `within`), the shadow
 * root's focused element, the emitted events and the onClose spy.
 */
import { act, within } from '@testing-library/preact';
import { vi } from 'vitest';
import type { PanelContext, PanelEvent, PanelHandle } from '../../core/contract.ts';
import { mountPanel } from '../main.ts';
import { fixtureEngine } from './fixture-engine.ts';

export async function mountInShadow(context: Partial<PanelContext> = {}) {
  const engine = await fixtureEngine();
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  const events: PanelEvent[] = [];
  const onClose = vi.fn();
  let handle!: PanelHandle;
  act(() => {
    handle = mountPanel(container, {
      engine,
      lang: 'es',
      mode: 'dialog',
      options: { index: '' },
      onClose,
      emit: (e) => events.push(e),
      ...context,
    });
  });
  return {
    root,
    container,
    events,
    onClose,
    ui: within(container),
    focused: () => root.activeElement,
    open: (query?: string, anchor?: HTMLElement) => act(() => handle.open(query, anchor)),
    close: () => act(() => handle.close()),
    destroy: () => {
      act(() => handle.destroy());
      host.remove();
    },
  };
}
