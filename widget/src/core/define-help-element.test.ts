// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineHelpElement } from './define-help-element.ts';
import { fakePanel, flush, useCorePage } from './__fixtures__/fake-panel.ts';

let observed: { callback: IntersectionObserverCallback; targets: Element[]; disconnected: boolean }[] = [];
class FakeIntersectionObserver {
  private record: (typeof observed)[number];
  constructor(callback: IntersectionObserverCallback) {
    this.record = { callback, targets: [], disconnected: false };
    observed.push(this.record);
  }
  observe(target: Element) {
    this.record.targets.push(target);
  }
  disconnect() {
    this.record.disconnected = true;
  }
}
const becomeVisible = (el: Element) => {
  for (const o of observed.filter((o) => o.targets.includes(el) && !o.disconnected)) {
    o.callback([{ isIntersecting: true, target: el } as unknown as IntersectionObserverEntry], o as unknown as IntersectionObserver);
  }
};

const page = useCorePage();
beforeEach(() => {
  observed = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

const make = (panel = fakePanel()) => page.make({ lang: 'es' }, panel);

function element(attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('ayuda-help');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('<ayuda-help>', () => {
  it('is defined once, and defining again does nothing', () => {
    make();
    const ctor = customElements.get('ayuda-help');
    expect(ctor).toBeDefined();
    defineHelpElement();
    make();
    expect(customElements.get('ayuda-help')).toBe(ctor);
  });

  it('mounts the panel inline in its own shadow root when it becomes visible, sharing the engine', async () => {
    const { ayuda, panel } = make();
    const el = element({ placeholder: 'Busca aquí' });
    await flush();
    expect(panel.loader).not.toHaveBeenCalled();
    becomeVisible(el);
    await flush();
    expect(panel.module.mountPanel).toHaveBeenCalledTimes(1);
    const [container, context] = vi.mocked(panel.module.mountPanel).mock.calls[0]!;
    expect(container.getRootNode()).toBe(el.shadowRoot);
    expect(context).toMatchObject({ mode: 'inline', lang: 'es', placeholder: 'Busca aquí', engine: panel.engine });
    await ayuda.open();
    expect(panel.module.createSearchEngine).toHaveBeenCalledTimes(1);
    expect(panel.loader).toHaveBeenCalledTimes(1);
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThanOrEqual(2);
    expect(el.shadowRoot!.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('loads on focus, with its own lang attribute, and passes events to the instance', async () => {
    const { ayuda, panel } = make();
    const seen = vi.fn();
    ayuda.on('search', seen);
    const el = element({ lang: 'EN' });
    const link = document.createElement('a');
    link.href = '#';
    el.append(link);
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await flush();
    const context = panel.contexts[0]!;
    expect(context).toMatchObject({ mode: 'inline', lang: 'en' });
    context.emit({ type: 'search', result: { query: 'q', locale: 'en', decision: 'none', confidence: 0, hits: [] } });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('waits for an instance, unmounts when it is destroyed, remounts under the next one', async () => {
    const el = element();
    becomeVisible(el);
    await flush();
    const first = make();
    await flush();
    expect(first.panel.handles).toHaveLength(1);
    first.ayuda.destroy();
    expect(first.panel.handles[0]!.destroy).toHaveBeenCalledTimes(1);
    const second = make();
    await flush();
    expect(second.panel.module.mountPanel).toHaveBeenCalledTimes(1);
    el.remove();
    expect(second.panel.handles[0]!.destroy).toHaveBeenCalledTimes(1);
  });

  it('remounts when its attributes change', async () => {
    const { panel } = make();
    const el = element({ placeholder: 'a' });
    becomeVisible(el);
    await flush();
    el.setAttribute('placeholder', 'b');
    await flush();
    expect(panel.handles[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(panel.contexts[1]!.placeholder).toBe('b');
  });

  it('shows a message when loading fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const panel = fakePanel();
    panel.loader.mockRejectedValue(new Error('offline'));
    make(panel);
    const el = element();
    becomeVisible(el);
    await flush();
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toMatch(/No se pudo cargar/);
  });
});
