// @vitest-environment happy-dom
/**
 * The frame the core draws at once, before the panel's files have arrived
 * (issue 13 #4): named dialog, close button, "Loading…"; gone when the panel
 * opens; an error with a retry when loading fails; nothing opens after a close.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakePanel, flush, launcher, shadow, useCorePage } from './__fixtures__/fake-panel.ts';

const { make } = useCorePage();

/** A panel whose chunk arrives when the test says so (or fails). */
function heldPanel() {
  const panel = fakePanel();
  let arrive!: () => void;
  let fail!: () => void;
  panel.loader.mockImplementation(
    () => new Promise((resolve, reject) => ((arrive = () => resolve(panel.module)), (fail = () => reject(new TypeError('Failed to fetch'))))),
  );
  return { panel, arrive: () => arrive(), fail: () => fail() };
}
const frame = () => shadow().querySelector<HTMLElement>('.frame');
const focused = () => shadow().activeElement;

describe('the frame drawn while help loads', () => {
  it('shows a named, busy dialog with a focused close button in the frame of the tap, then gives way to the panel', async () => {
    const { panel, arrive } = heldPanel();
    make({ lang: 'es' }, panel);
    launcher().click();
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    expect(frame()!.getAttribute('role')).toBe('dialog');
    expect(frame()!.getAttribute('aria-label')).toBe('Ayuda');
    expect(frame()!.getAttribute('aria-busy')).toBe('true');
    expect(frame()!.textContent).toContain('Cargando…');
    expect(focused()?.getAttribute('aria-label')).toBe('Cerrar la ayuda');
    arrive();
    await flush();
    expect(frame()).toBeNull();
    expect(panel.module.mountPanel).toHaveBeenCalledTimes(1);
    expect(panel.handles[0]!.open).toHaveBeenCalledTimes(1);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
  });

  it('closes with its button, Escape or the launcher; the panel that arrives later does not open', async () => {
    for (const how of ['button', 'escape', 'launcher'] as const) {
      const { panel, arrive } = heldPanel();
      make({}, panel);
      launcher().focus();
      launcher().click();
      if (how === 'button') shadow().querySelector<HTMLButtonElement>('.frame button')!.click();
      if (how === 'escape') frame()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      if (how === 'launcher') launcher().click();
      expect(frame(), how).toBeNull();
      expect(launcher().getAttribute('aria-expanded')).toBe('false');
      expect(focused()).toBe(launcher());
      arrive();
      await flush();
      expect(panel.module.mountPanel, how).not.toHaveBeenCalled();
      expect(frame()).toBeNull();
      document.body.replaceChildren();
    }
  });

  it('says when loading failed, and retries from there', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { panel, fail } = heldPanel();
    make({ lang: 'en' }, panel);
    launcher().click();
    fail();
    await flush();
    expect(frame()!.querySelector('[role="alert"]')!.textContent).toBe('Help could not be loaded.');
    expect(frame()!.hasAttribute('aria-busy')).toBe(false);
    expect(focused()?.textContent).toBe('Try again');
    panel.loader.mockResolvedValue(panel.module);
    (focused() as HTMLButtonElement).click();
    await flush();
    expect(frame()).toBeNull();
    expect(panel.handles[0]!.open).toHaveBeenCalledTimes(1);
  });

  it('is not drawn when help has already loaded (the pointer came near first)', async () => {
    const { panel } = make({});
    launcher().dispatchEvent(new Event('pointerenter'));
    await flush();
    const drawn: Element[] = [];
    new MutationObserver((records) => records.forEach((r) => drawn.push(...([...r.addedNodes] as Element[])))).observe(shadow(), { subtree: true, childList: true });
    launcher().click();
    await flush();
    expect(drawn.filter((n) => n.classList?.contains('frame'))).toEqual([]);
    expect(panel.handles[0]!.open).toHaveBeenCalledTimes(1);
  });
});
