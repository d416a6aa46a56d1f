/**
 * Debian's Chromium driven by playwright-core: one browser per test file,
 * launched in `beforeAll` and closed in `afterAll`. No browser is ever
 * downloaded; `$AYUDA_CHROMIUM` points at another binary.
 *
 * @example
 *   const chromium = useChromium();
 *   it('…', async () => { const page = await chromium.page({ viewport: { width: 375, height: 667 } }); … });
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';

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

export interface TestChromium {
  readonly browser: Browser;
  /** A page in a fresh context (closed after the test); `errors` collects the page's uncaught exceptions. */
  page(options?: BrowserContextOptions): Promise<Page & { errors: string[] }>;
}

/** One browser for the whole test file: launched in `beforeAll`, closed in `afterAll`; contexts closed after each test. */
export function useChromium(): TestChromium {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const get = (): Browser => {
    if (!browser) throw new Error('Chromium is not launched yet (use it inside a test)');
    return browser;
  };
  return {
    get browser() {
      return get();
    },
    async page(options = {}) {
      const context = await get().newContext(options);
      contexts.push(context);
      const page = (await context.newPage()) as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message));
      return page;
    },
  };
}
