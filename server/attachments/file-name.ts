/**
 * A customer's file name made safe to store, show and send in a
 * Content-Disposition header: no folders, no control or bidi characters,
 * none of `\ / : * ? " < > |`, at most 120 characters, and the extension of
 * the type its bytes were sniffed as ("invoice.html" that is a PNG is
 * "invoice.png"), so a download never opens as something else.
 */
import { MAX_ATTACHMENT_NAME } from '../../widget/src/handoff/attachments.ts';

// Controls, bidi overrides and isolates, zero-width and line separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\\/:*?"<>|]+/g;

export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\.[^.]{0,10}$/, '')
    .replace(/^[.\s_]+|[.\s]+$/g, '')
    .replace(/\s+/g, ' ');
  const chars = Array.from(base || 'file').slice(0, MAX_ATTACHMENT_NAME - ext.length - 1);
  return `${chars.join('')}.${ext}`;
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / 8187): never inline. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
