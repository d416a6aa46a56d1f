/**
 * The demo shop's web server: builds the demo FAQ and the widget with
 * `ayuda build` into `<out>` and serves, on 127.0.0.1,
 *   /           demo/ (the shop's pages, CSS and JS; not its FAQ sources),
 *   /ayuda/     the build (ayuda.js, the hashed panel chunk, the index's part per locale, faq-index.json),
 * every response with the strict Content-Security-Policy a careful shop
 * would send. Browser tests start it on port 0 and may mount more folders
 * (fixture pages, the npm build) with `mounts`.
 *
 * @example
 *   const demo = await startDemo({ port: 0 });
 *   await page.goto(`${demo.url}/en/`);
 *   await demo.close();
 */
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { runBuild, type BuildIo } from '../cli/commands/build.ts';

export const DEMO_ROOT = resolve(import.meta.dirname);
export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const DEMO_FAQ = [resolve(DEMO_ROOT, 'faq/es.md'), resolve(DEMO_ROOT, 'faq/en.md')];
export const DEFAULT_OUT = resolve(REPO_ROOT, 'dist/demo/ayuda');

/** The header every demo page is served with: no inline script or style anywhere. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'";

export interface DemoMount {
  /** URL prefix with slashes on both sides, e.g. "/fixtures/". */
  prefix: string;
  root: string;
  /** Send the CSP header on these files too (default true). */
  csp?: boolean;
}

export interface DemoOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Where `ayuda build` writes (served at /ayuda/); default dist/demo/ayuda. */
  out?: string;
  /** false: serve what `out` already holds (default: build first). */
  build?: boolean;
  /** FAQ sources (default: the demo shop's, Spanish and English). */
  faq?: string[];
  /** Collector base URL written into the pages' `data-collector=""` (default: none, nothing is sent). */
  collector?: string;
  mounts?: DemoMount[];
  /** Build output (default: the process's stdout and stderr). */
  io?: BuildIo;
}

export interface DemoServer {
  /** "http://127.0.0.1:PORT", no trailing slash. */
  url: string;
  out: string;
  close(): Promise<void>;
}

export async function startDemo(options: DemoOptions): Promise<DemoServer> {
  const out = resolve(options.out ?? DEFAULT_OUT);
  if (options.build !== false) {
    const code = await runBuild(options.faq ?? DEMO_FAQ, { out }, options.io);
    if (code !== 0) throw new Error(`ayuda build failed (exit code ${code}) for ${out}`);
  }

  const app = Fastify({ logger: false });
  const mounts = options.mounts ?? [];
  const withoutCsp = mounts.filter((m) => m.csp === false).map((m) => m.prefix);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!withoutCsp.some((prefix) => request.url.startsWith(prefix))) reply.header('content-security-policy', DEMO_CSP);
    const type = String(reply.getHeader('content-type') ?? '');
    if (!options.collector || !type.startsWith('text/html') || !isStream(payload)) return payload;
    const html = (await readAll(payload)).replaceAll('data-collector=""', `data-collector="${options.collector}"`);
    reply.removeHeader('content-length');
    return html;
  });

  await app.register(fastifyStatic, {
    root: DEMO_ROOT,
    prefix: '/',
    cacheControl: false,
    // The shop's pages and assets; not the FAQ sources nor this server.
    allowedPath: (path) => !path.startsWith('/faq/') && !/\.(ts|md)$/.test(path),
  });
  // As README's "Serving the files" says: the .br/.gz that ayuda build writes, sent as they are, and
  // ayuda.js (and the whole index) for a few minutes, everything hashed forever.
  await app.register(fastifyStatic, {
    root: out,
    prefix: '/ayuda/',
    decorateReply: false,
    cacheControl: false,
    preCompressed: true,
    setHeaders: (res, path) => void res.header('cache-control', cacheControlFor(path)),
  });
  for (const mount of mounts) {
    await app.register(fastifyStatic, { root: resolve(mount.root), prefix: mount.prefix, decorateReply: false, cacheControl: false });
  }

  await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    out,
    close: () => app.close(),
  };
}

/** `ayuda.js` and `faq-index.json` name the hashed files: a short lifetime; hashed files never change. */
export function cacheControlFor(path: string): string {
  return /(^|[\\/])(ayuda\.js|faq-index\.json)(\.br|\.gz)?$/.test(path) ? 'public, max-age=300' : 'public, max-age=31536000, immutable';
}

function isStream(payload: unknown): payload is Readable {
  return typeof (payload as Readable | null)?.pipe === 'function';
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
