import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_HANDOFF_LIMITS, DEFAULT_RATE_LIMIT, defaultConfig, loadConfig, parseConfig } from './config.ts';

const site = { key: 'demo', origins: ['http://localhost:5173'] };

function errorOf(raw: unknown): string {
  try {
    parseConfig(raw, 'ayuda.config.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('fills defaults', () => {
    expect(parseConfig({ sites: [site] })).toEqual({ sites: [site], rateLimit: DEFAULT_RATE_LIMIT, handoffLimits: DEFAULT_HANDOFF_LIMITS, trustProxy: false });
    expect(parseConfig({ sites: [site], handoffLimits: { perSitePerMinute: 100 } }).handoffLimits).toEqual({ ...DEFAULT_HANDOFF_LIMITS, perSitePerMinute: 100 });
    expect(parseConfig({ sites: [{ ...site, name: 'Tienda' }] }).sites).toEqual([{ ...site, name: 'Tienda' }]);
    expect(parseConfig({ sites: [site], rateLimit: { max: 5 }, trustProxy: true }).rateLimit).toEqual({ max: 5, timeWindowMs: 60_000 });
  });

  it('names the field at fault', () => {
    expect(errorOf({ sites: [{ key: 'demo', origins: 'http://localhost:5173' }] })).toBe(
      'ayuda.config.json: sites[0].origins: must be an array of origins like "https://shop.example" or "http://localhost:*"',
    );
    expect(errorOf({ sites: [site, { key: 'b', origins: ['https://b.example/path'] }] })).toMatch(/^ayuda.config.json: sites\[1\]\.origins: must be an array of origins/);
    expect(errorOf({ sites: [{ key: 'bad key!', origins: [] }] })).toMatch(/sites\[0\]\.key: must be a site key/);
    expect(errorOf({ sites: [{ origins: [] }] })).toBe('ayuda.config.json: sites[0].key: is required');
    expect(errorOf({})).toBe('ayuda.config.json: sites: is required');
    expect(errorOf({ sites: [] })).toMatch(/sites: must be a non-empty array/);
    expect(errorOf({ sites: ['demo'] })).toMatch(/sites\[0\]: must be an object/);
    expect(errorOf({ sites: [site], rateLimit: { max: 0 } })).toMatch(/rateLimit\.max: must be a positive integer/);
    expect(errorOf({ sites: [site], rateLimit: { window: 5 } })).toBe('ayuda.config.json: rateLimit.window: unknown field');
    expect(errorOf({ sites: [site], handoffLimits: { perContactPerMinute: 0 } })).toMatch(/handoffLimits\.perContactPerMinute: must be a positive integer \(hand-offs per minute per contact email\)/);
    expect(errorOf({ sites: [site], trustproxy: true })).toBe('ayuda.config.json: trustproxy: unknown field');
    expect(errorOf({ sites: [site, site] })).toBe('ayuda.config.json: sites[1].key: duplicate site key "demo"');
    expect(errorOf([])).toMatch(/must be a JSON object/);
    expect(errorOf({ sites: [{ ...site, name: '' }] })).toBe('ayuda.config.json: sites[0].name: must be a name of 1-100 characters, shown in the dashboard');
  });

  it("takes a site's FAQ index as a path or an http(s) URL, and names the field otherwise", () => {
    expect(parseConfig({ sites: [{ ...site, faq: 'public/ayuda/faq-index.json' }] }).sites[0]!.faq).toBe('public/ayuda/faq-index.json');
    expect(parseConfig({ sites: [{ ...site, faq: 'https://shop.example/ayuda/faq-index.json' }] }).sites[0]!.faq).toBe('https://shop.example/ayuda/faq-index.json');
    const message = 'ayuda.config.json: sites[0].faq: must be the path or http(s) URL of the faq-index.json that `ayuda build` writes';
    for (const faq of ['', 'ftp://shop.example/faq-index.json', 'file:///etc/passwd', 'a\nb', 5]) expect(errorOf({ sites: [{ ...site, faq }] })).toBe(message);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ayuda-config-'));

  it('falls back to the built-in demo site only when no file was named', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { config, source } = await loadConfig();
      expect(config).toEqual(defaultConfig());
      expect(source).toMatch(/built-in default/);
    } finally {
      process.chdir(cwd);
    }
    await expect(loadConfig(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read config file \(ENOENT\)/);
  });

  it('reads and validates a file', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ sites: [site] }));
    expect((await loadConfig(good)).config.sites).toEqual([site]);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "sites": [');
    await expect(loadConfig(broken)).rejects.toThrow(/broken\.json: not valid JSON/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ sites: [{ key: 'demo', origins: 5 }] }));
    await expect(loadConfig(bad)).rejects.toThrow(/bad\.json: sites\[0\]\.origins: must be an array of origins/);
  });

  it("resolves a site's FAQ path against the config file's folder (URLs and absolute paths as given)", async () => {
    const file = join(dir, 'faq.json');
    const sites = [{ ...site, faq: 'build/faq-index.json' }, { key: 'b', origins: [], faq: 'https://b.example/faq-index.json' }, { key: 'c', origins: [], faq: '/srv/c/faq-index.json' }];
    writeFileSync(file, JSON.stringify({ sites }));
    expect((await loadConfig(file)).config.sites.map((s) => s.faq)).toEqual([join(dir, 'build/faq-index.json'), 'https://b.example/faq-index.json', '/srv/c/faq-index.json']);
    expect(defaultConfig().sites[0]!.faq).toMatch(/dist\/demo\/ayuda\/faq-index\.json$/);
  });
});
