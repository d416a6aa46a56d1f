/**
 * The text of `ayuda build --alternates-from <file-or-URL>`: a file (relative
 * to the working directory), or the dashboard's export URL fetched with a
 * read-only token (`--token` or AYUDA_TOKEN) as `Authorization: Bearer`.
 * Errors say why, in words a build log can show.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface ReadAlternatesOptions {
  cwd?: string;
  token?: string;
  fetch?: typeof fetch;
}

export async function readAlternatesSource(source: string, options: ReadAlternatesOptions = {}): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (!/^https?:\/\//i.test(source)) {
    try {
      return { ok: true, text: await readFile(resolve(options.cwd ?? process.cwd(), source), 'utf8') };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { ok: false, message: code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(err)})` };
    }
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(source, {
      headers: { accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, message: `cannot fetch it (${cause?.code ?? cause?.message ?? (err as Error).message})` };
  }
  const text = await response.text();
  if (response.ok) return { ok: true, text };
  let reason = '';
  try {
    reason = String((JSON.parse(text) as { message?: unknown }).message ?? '');
  } catch {
    // not the dashboard's error shape
  }
  const hint = response.status === 401 && !options.token ? ' (pass a read-only token with --token or AYUDA_TOKEN)' : '';
  return { ok: false, message: `HTTP ${response.status}${reason ? `: ${reason.slice(0, 200)}` : ''}${hint}` };
}
