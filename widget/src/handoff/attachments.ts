/**
 * Hand-off attachments, shared by the widget (the form's file picker, the
 * outbox) and the collector (the upload route, which decides the type by
 * the file's own bytes, never by what the browser says). Pure: constants and
 * checks only, no DOM.
 */

/** Files per hand-off. */
export const MAX_ATTACHMENTS = 3;
/** Bytes per file: 5 MB (5 × 1024 × 1024). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** The types accepted, as the collector sniffs them, with the extension a download gets. */
export const ATTACHMENT_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
/** The file picker's `accept`: a hint for the browser's dialog, not a check. */
export const ATTACHMENT_ACCEPT = `${Object.keys(ATTACHMENT_TYPES).join(',')},.png,.jpg,.jpeg,.gif,.webp,.pdf`;
/** Longest file name kept (characters). */
export const MAX_ATTACHMENT_NAME = 120;

/** A file as the record and the outbox name it (its bytes travel apart, as an upload of their own). */
export interface AttachmentMeta {
  /** Made in the browser (time-ordered, random): the collector stores each id once, so a resend stores nothing twice. */
  id: string;
  name: string;
  size: number;
}

/** Why the widget refuses a chosen file before it is sent (the collector checks again, by content). */
export type AttachmentProblem = 'type' | 'size' | 'count';

/** The widget's own check of a chosen file: its declared type or extension, its size, and how many are chosen already. */
export function attachmentProblem(file: { name: string; type: string; size: number }, chosen: number): AttachmentProblem | undefined {
  if (chosen >= MAX_ATTACHMENTS) return 'count';
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const typed = file.type in ATTACHMENT_TYPES || (!file.type && !!ext && /^(png|jpe?g|gif|webp|pdf)$/.test(ext));
  if (!typed) return 'type';
  if (file.size > MAX_ATTACHMENT_BYTES || file.size === 0) return 'size';
  return undefined;
}
