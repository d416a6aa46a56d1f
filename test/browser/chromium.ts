/**
 * Debian's Chromium driven by playwright-core: one browser per test file,
 * launched in `beforeAll` and closed in `afterAll`. No browser is ever
 * downloaded; `$AYUDA_CHROMIUM` points at another binary.
 *
 * @example
 *   const chromium = useChromium();
 *   it('…', async () => { const page = await chromium.browser.newPage(); … });
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.AYUDA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launch one Chromium (the caller closes it). */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set AYUDA_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...options });
}

/** One browser for the whole test file: `.browser` is set once `beforeAll` has run. */
export function useChromium(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not launched yet (use it inside a test)');
      return browser;
    },
  };
}
