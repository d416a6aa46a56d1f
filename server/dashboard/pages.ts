/**
 * The dashboard's pages: one HTML shell (dist/dashboard/index.html, built by
 * Vite) for every page path, and its hashed assets under /dashboard/assets/
 * (cached for a year). Every page but the login page needs a session; a
 * logged-out visitor is redirected to /dashboard/login. When the build is
 * missing or stale it is built first (./build/ensure-dashboard-built.ts).
 * The shell is read again when its file changes: a new build replaces the
 * assets the old shell named, so a running server must not keep serving it.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Guards } from '../auth/auth-plugin.ts';
import { HttpError } from '../http/errors.ts';
import { ensureDashboardBuilt } from './build/ensure-dashboard-built.ts';

/** The client-side routes (server/dashboard/ui/router.ts). */
export const PAGE_PATHS = ['/', '/groups/:id', '/measures', '/inbox', '/inbox/:id', '/users', '/sites', '/alternates', '/erasure'];

export interface PagesOptions {
  distDir: string;
  /** Build the UI when missing or stale (default true). */
  build: boolean;
  guards: Guards;
}

export async function pages(scope: FastifyInstance, { distDir, build, guards }: PagesOptions): Promise<void> {
  let built: Promise<string> | undefined;
  let cached: { version: string; html: string } | undefined;
  const unavailable = (err: unknown): never => {
    scope.log.error({ err }, 'dashboard build unavailable');
    throw new HttpError(503, 'dashboard_not_built', '$', 'the dashboard is not built: run `npm run build:dashboard`');
  };
  /** The built shell, read again whenever index.html changes. */
  const shell = async (): Promise<string> => {
    built ??= build ? ensureDashboardBuilt(distDir) : Promise.resolve(distDir);
    const dir = await built.catch((err: unknown) => {
      built = undefined;
      return unavailable(err);
    });
    const file = join(dir, 'index.html');
    try {
      const { mtimeMs, size } = await stat(file);
      const version = `${mtimeMs}:${size}`;
      if (cached?.version !== version) cached = { version, html: await readFile(file, 'utf8') };
    } catch (err) {
      // Between a rebuild's removal of the old folder and the rename of the new one: the last shell read.
      if (!cached) return unavailable(err);
    }
    return cached!.html;
  };
  // Build in the background as soon as the server listens (not for inject()-only tests).
  if (build) scope.addHook('onListen', async () => void shell().catch(() => undefined));

  await scope.register(fastifyStatic, {
    root: join(distDir, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    cacheControl: true,
    maxAge: '365d',
    immutable: true,
  });

  const send = async (_request: unknown, reply: import('fastify').FastifyReply) => reply.type('text/html; charset=utf-8').send(await shell());
  scope.get('/login', send);
  for (const path of PAGE_PATHS) scope.get(path, { onRequest: [guards.user] }, send);
}
