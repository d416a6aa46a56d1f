/** Read a source file as text, reporting unreadable files and bad encodings as FaqErrors. */
import { readFile } from 'node:fs/promises';
import type { FaqError } from '../src/faq/types.ts';
import { decodeText } from './decode-text.ts';
import { faqError } from './raw-entry.ts';

export type TextFileResult = { ok: true; text: string } | { ok: false; error: FaqError };

/** `fsPath` is what is opened; `file` is the path shown in messages. */
export async function readTextFile(fsPath: string, file: string): Promise<TextFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(fsPath);
  } catch (err) {
    return { ok: false, error: faqError(file, 0, '', `cannot read: ${systemMessage(err)}`) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: faqError(file, decoded.line, '', decoded.message) };
  return { ok: true, text: decoded.text };
}

export function systemMessage(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}
