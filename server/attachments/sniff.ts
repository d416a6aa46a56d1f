/**
 * What a hand-off attachment is, decided by its bytes alone (file-type's
 * magic numbers), never by the Content-Type the browser sent or the file's
 * name. Accepted: PNG, JPEG, GIF, WebP and PDF (../../widget/src/handoff/
 * attachments.ts). Refused, each with its reason:
 * - anything else, HTML and SVG included (`unsupported_type`: file-type
 *   names no SVG or HTML, they are text);
 * - a polyglot: an accepted file whose first 1,024 bytes also hold an HTML
 *   tag that runs or loads something (`<script`, `<html`, `<body`, `<head`,
 *   `<iframe`, `<svg`, `<object`, `<embed`, `<img`, `<meta`, `<link`,
 *   `<style`, `<!doctype html`), case-insensitive: where browsers and
 *   mail clients sniff HTML, the start of a file is what they read
 *   (`unsafe_content`). Tags further in are not looked for: the files are
 *   only ever served as downloads with `nosniff` and a sandboxing CSP
 *   (./download.ts), so the rule is a second line, not the only one;
 * - an empty file, or one over 5 MB (`too_large`).
 */
import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType } from '../../widget/src/handoff/attachments.ts';

export const POLYGLOT_WINDOW = 1024;
const ACTIVE_HTML = /<(script|html|body|head|iframe|svg|object|embed|img|meta|link|style)[\s/>]|<!doctype\s+html/i;

export type Sniffed = { ok: true; type: AttachmentType; ext: string } | { ok: false; status: 413 | 415 | 400; error: 'too_large' | 'unsupported_type' | 'unsafe_content' | 'empty'; message: string };

const ACCEPTED = 'PNG, JPEG, GIF, WebP or PDF';

export async function sniffAttachment(bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, status: 400, error: 'empty', message: 'the file is empty' };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, status: 413, error: 'too_large', message: `a file must be at most ${MAX_ATTACHMENT_BYTES} bytes (5 MB)` };
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(found.mime in ATTACHMENT_TYPES)) {
    const what = found ? `it is ${found.mime}` : 'its content is no known file type (text, HTML or SVG)';
    return { ok: false, status: 415, error: 'unsupported_type', message: `a file must be ${ACCEPTED}; ${what}` };
  }
  // latin1 maps each byte to one character: the tags are ASCII whatever else the bytes are.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, POLYGLOT_WINDOW)).toString('latin1');
  if (ACTIVE_HTML.test(head)) {
    return { ok: false, status: 415, error: 'unsafe_content', message: `the file looks like ${found.mime} but its first ${POLYGLOT_WINDOW} bytes hold HTML (a polyglot)` };
  }
  const type = found.mime as AttachmentType;
  return { ok: true, type, ext: ATTACHMENT_TYPES[type] };
}
