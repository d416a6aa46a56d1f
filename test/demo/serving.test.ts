/**
 * The demo serves the widget as the README tells site owners to: the Brotli
 * and gzip files `ayuda build` writes beside each file, sent as they are, and
 * ayuda.js for a few minutes while hashed files are cached forever.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoServer } from '../../demo/server.ts';
import { tempDir } from '../browser/use-demo.ts';
import { injectedManifest } from '../../widget/compiler/write-widget.ts';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemo({ port: 0, out: join(tempDir('serving-'), 'ayuda'), io: { stdout: () => {}, stderr: () => {} } });
}, 180_000);
afterAll(async () => {
  await demo?.close();
});

async function get(path: string, encoding: string): Promise<Headers> {
  const res = await fetch(`${demo.url}${path}`, { headers: { 'accept-encoding': encoding } });
  expect(res.status, path).toBe(200);
  await res.arrayBuffer(); // (fetch decodes it; the headers say how it was sent)
  return res.headers;
}

describe('serving the widget', () => {
  it('sends the pre-compressed files, Brotli first, and the right cache lifetime for each file', async () => {
    const manifest = injectedManifest(readFileSync(join(demo.out, 'ayuda.js'), 'utf8')) as { panel: string; index: Record<string, string> };
    for (const name of ['ayuda.js', manifest.panel, manifest.index.es!]) {
      for (const suffix of ['.br', '.gz']) expect(readFileSync(join(demo.out, name + suffix)).length, name + suffix).toBeGreaterThan(0);
      expect(brotliDecompressSync(readFileSync(join(demo.out, `${name}.br`))).equals(readFileSync(join(demo.out, name)))).toBe(true);
      expect(gunzipSync(readFileSync(join(demo.out, `${name}.gz`))).equals(readFileSync(join(demo.out, name)))).toBe(true);
    }
    const br = await get(`/ayuda/${manifest.panel}`, 'br, gzip');
    expect([br.get('content-encoding'), br.get('cache-control')]).toEqual(['br', 'public, max-age=31536000, immutable']);
    const gz = await get(`/ayuda/${manifest.index.es}`, 'gzip');
    expect([gz.get('content-encoding'), gz.get('cache-control')]).toEqual(['gzip', 'public, max-age=31536000, immutable']);
    const js = await get('/ayuda/ayuda.js', 'br');
    expect([js.get('content-encoding'), js.get('cache-control')]).toEqual(['br', 'public, max-age=300']);
    expect(js.get('content-type')).toMatch(/javascript/);
  });
});
