/**
 * The page the panel's tests run in: `mount` mounts the panel as the core
 * does (./mount-in-shadow.ts), and after each test every panel mounted is
 * destroyed and the clock is real again. `type`, `key` and `optionTexts`
 * drive and read a mounted panel.
 */
import { fireEvent } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { mountInShadow } from './mount-in-shadow.ts';

export type Mounted = Awaited<ReturnType<typeof mountInShadow>>;

export function usePanelPage(): { mount: (...args: Parameters<typeof mountInShadow>) => Promise<Mounted> } {
  let mounted: Mounted[] = [];
  afterEach(() => {
    for (const m of mounted) m.destroy();
    mounted = [];
    vi.useRealTimers();
  });
  return {
    mount: async (...args) => {
      const m = await mountInShadow(...args);
      mounted.push(m);
      return m;
    },
  };
}

export const type = (p: Mounted, text: string) => fireEvent.input(p.ui.getByRole('combobox'), { target: { value: text } });
export const key = (p: Mounted, k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(p.focused() ?? p.container, { key: k, ...init });
export const optionTexts = (p: Mounted) => p.ui.queryAllByRole('option').map((o) => o.textContent);
