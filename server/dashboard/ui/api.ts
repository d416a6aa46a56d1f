/**
 * The dashboard's only network access: JSON calls to /dashboard/api with the
 * session cookie and, on every change, the CSRF token from /api/session.
 * A 401 sends the user to the login page.
 */
import { BASE } from './router.ts';

export interface User {
  id: number;
  email: string;
  role: 'admin' | 'viewer';
  /** The dashboard's language the user chose, or null: the browser's. */
  language: string | null;
  /** The sites the user sees, or null: every site. */
  sites: string[] | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function call<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const response = await fetch(`${BASE}/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const data = (await response.json().catch(() => ({}))) as { error?: string; path?: string; message?: string };
  if (response.ok) return data as T;
  if (response.status === 401 && path !== '/login') {
    location.assign(`${BASE}/login?next=${encodeURIComponent(location.pathname + location.search)}`);
  }
  if (response.status === 403 && data.error === 'csrf' && !retried) {
    await loadSession();
    return call(method, path, body, true);
  }
  throw new ApiError(response.status, data.error ?? 'error', data.path ?? '$', data.message ?? `request failed (${response.status})`);
}

export const api = {
  get: <T>(path: string, query = ''): Promise<T> => call<T>('GET', query ? `${path}?${query.replace(/^\?/, '')}` : path),
  post: <T>(path: string, body: unknown = {}): Promise<T> => call<T>('POST', path, body),
  patch: <T>(path: string, body: unknown): Promise<T> => call<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown): Promise<T> => call<T>('PUT', path, body),
  delete: <T>(path: string): Promise<T> => call<T>('DELETE', path, {}),
};

export async function loadSession(): Promise<User | null> {
  const session = await call<{ user: User | null; csrfToken: string }>('GET', '/session');
  csrfToken = session.csrfToken;
  return session.user;
}
