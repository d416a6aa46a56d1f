// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePanel, flush, hosts, launcher, shadow, useCorePage } from './__fixtures__/fake-panel.ts';

const { make } = useCorePage();

beforeEach(() => {
  document.documentElement.lang = '';
});

describe('host and launcher', () => {
  it('creates one host with an open shadow root, styled only through constructable sheets and the CSSOM', () => {
    make();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as HTMLElement;
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot!.mode).toBe('open');
    expect(host.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThanOrEqual(2);
    const css = host.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    expect(css).toMatch(/all:\s*initial\s*!important/);
    expect(host.shadowRoot!.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
  });

  it('renders an accessible launcher button labelled in the language', () => {
    make();
    const button = launcher();
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Help');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(button.classList.contains('left')).toBe(false);
  });

  it('takes the language from options, then <html lang>, then English', () => {
    document.documentElement.lang = 'es-MX';
    const { ayuda } = make();
    expect(launcher().textContent).toBe('Ayuda');
    ayuda.destroy();
    make({ lang: 'EN', position: 'bottom-left' });
    expect(launcher().textContent).toBe('Help');
    expect(launcher().classList.contains('left')).toBe(true);
  });

  it('has no launcher with launcher: false', () => {
    make({ launcher: false });
    expect(shadow().querySelector('button')).toBeNull();
  });

  it('sets the brand colour and a readable text colour as custom properties', () => {
    make({ color: '#FFCC00' });
    const css = shadow().adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
    expect(css).toContain('--ayuda-brand: #ffcc00');
    expect(css).toContain('--ayuda-on-brand: #000000');
  });
});

describe('open, close, search, on', () => {
  it('opens the dialog with a query anchored to the launcher, and returns focus there on close', async () => {
    const { ayuda, panel } = make({ lang: 'es' });
    await ayuda.open('devolución');
    expect(panel.module.mountPanel).toHaveBeenCalledTimes(1);
    const [container, context] = vi.mocked(panel.module.mountPanel).mock.calls[0]!;
    expect(container.getRootNode()).toBe(shadow());
    expect(context).toMatchObject({ lang: 'es', mode: 'dialog', anchor: launcher(), engine: panel.engine });
    expect(panel.handles[0]!.open).toHaveBeenCalledWith('devolución', launcher());
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    ayuda.close();
    expect(panel.handles[0]!.close).toHaveBeenCalledTimes(1);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(shadow().activeElement).toBe(launcher());
    await ayuda.open();
    expect(panel.module.mountPanel).toHaveBeenCalledTimes(1); // mounted once, reopened
  });

  it('toggles with the launcher', async () => {
    const { panel } = make();
    launcher().click();
    await flush();
    expect(panel.handles[0]!.open).toHaveBeenCalledWith(undefined, launcher());
    launcher().click();
    expect(panel.handles[0]!.close).toHaveBeenCalledTimes(1);
  });

  it('returns focus to the page element that had it when open() was called, after the panel closes itself', async () => {
    const { ayuda, panel } = make();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await ayuda.open();
    launcher().focus();
    panel.contexts[0]!.onClose();
    expect(document.activeElement).toBe(button);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it('searches in the resolved language', async () => {
    const { ayuda, panel } = make({ lang: 'es_ES' });
    const result = await ayuda.search('envío');
    expect(panel.engine.search).toHaveBeenCalledWith('envío', { locale: 'es-es' });
    expect(result.decision).toBe('answered');
  });

  it('passes the panel events to on() listeners until unsubscribed; a throwing listener is reported', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ayuda, panel } = make();
    const seen: string[] = [];
    ayuda.on('search', () => {
      throw new Error('boom');
    });
    const off = ayuda.on('search', (e) => seen.push(e.type === 'search' ? e.result.query : ''));
    ayuda.on('open', (e) => seen.push(e.type));
    await ayuda.open();
    const emit = panel.contexts[0]!.emit;
    emit({ type: 'open' });
    emit({ type: 'search', result: { query: 'a', locale: 'en', decision: 'none', confidence: 0, hits: [] } });
    off();
    emit({ type: 'search', result: { query: 'b', locale: 'en', decision: 'none', confidence: 0, hits: [] } });
    expect(seen).toEqual(['open', 'a']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('tells the panel about consent when options.consent is set', async () => {
    const { ayuda, panel } = make({ consent: true });
    await ayuda.open();
    const context = panel.contexts[0]!;
    expect(context.consented!()).toBe(false);
    ayuda.consent!(true);
    expect(context.consented!()).toBe(true);
  });
});

describe('triggers', () => {
  it('opens from any [data-ayuda-open] element added later, with its query, anchored to it, and returns focus to it', async () => {
    const { panel } = make();
    const link = document.createElement('a');
    link.href = '/ayuda';
    link.setAttribute('data-ayuda-open', 'devolución');
    const inner = document.createElement('span');
    inner.textContent = '¿Devoluciones?';
    link.append(inner);
    document.body.append(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    inner.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await flush();
    expect(panel.handles[0]!.open).toHaveBeenCalledWith('devolución', link);
    panel.contexts[0]!.onClose();
    expect(document.activeElement).toBe(link);
  });

  it('opens with no query for an empty attribute, and preloads on hover or focus', async () => {
    const { panel } = make({ launcher: false });
    const button = document.createElement('button');
    button.setAttribute('data-ayuda-open', '');
    document.body.append(button);
    button.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(panel.loader).toHaveBeenCalledTimes(1);
    button.click();
    await flush();
    expect(panel.handles[0]!.open).toHaveBeenCalledWith(undefined, button);
  });

  it('ignores other clicks', async () => {
    const { panel } = make();
    const other = document.createElement('button');
    document.body.append(other);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    other.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    await flush();
    expect(panel.loader).not.toHaveBeenCalled();
  });
});

describe('destroy', () => {
  it('removes the host and every document listener, and ignores later calls', async () => {
    const added: [string, unknown][] = [];
    const removed: [string, unknown][] = [];
    const add = vi.spyOn(document, 'addEventListener').mockImplementation(function (this: Document, ...args) {
      added.push([args[0], args[1]]);
      return EventTarget.prototype.addEventListener.apply(this, args as Parameters<EventTarget['addEventListener']>);
    });
    const remove = vi.spyOn(document, 'removeEventListener').mockImplementation(function (this: Document, ...args) {
      removed.push([args[0], args[1]]);
      return EventTarget.prototype.removeEventListener.apply(this, args as Parameters<EventTarget['removeEventListener']>);
    });
    const { ayuda, panel } = make();
    await ayuda.open();
    expect(added.length).toBeGreaterThan(0);
    ayuda.destroy();
    expect(hosts()).toHaveLength(0);
    expect(panel.handles[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(removed).toEqual(expect.arrayContaining(added));
    expect(removed).toHaveLength(added.length);
    add.mockRestore();
    remove.mockRestore();
    await ayuda.open();
    expect(panel.module.mountPanel).toHaveBeenCalledTimes(1);
    const trigger = document.createElement('button');
    trigger.setAttribute('data-ayuda-open', '');
    document.body.append(trigger);
    trigger.click();
    await flush();
    expect(panel.handles[0]!.open).toHaveBeenCalledTimes(1);
  });

  it('cancels its idle task', () => {
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', vi.fn(() => 42));
    vi.stubGlobal('cancelIdleCallback', cancel);
    make({ prefetch: 'idle' }).ayuda.destroy();
    expect(cancel).toHaveBeenCalledWith(42);
  });

  it('leaves one host and one set of listeners when a single-page app creates it again', async () => {
    const first = make();
    first.ayuda.destroy();
    const second = make();
    expect(hosts()).toHaveLength(1);
    const trigger = document.createElement('button');
    trigger.setAttribute('data-ayuda-open', 'x');
    document.body.append(trigger);
    trigger.click();
    await flush();
    expect(first.panel.loader).not.toHaveBeenCalled();
    expect(second.panel.handles).toHaveLength(1);
    expect(second.panel.handles[0]!.open).toHaveBeenCalledTimes(1);
  });
});
