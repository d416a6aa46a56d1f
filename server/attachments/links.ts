/**
 * The signed download links of a hand-off's files, for its email and
 * webhook: `<publicUrl>/v1/attachments/<id>?k=<token>`, the token from
 * ../links/signed-link.ts (purpose `attachment`, the file's id), good for
 * {@link LINK_DAYS} days from the delivery's attempt. Without the config's
 * `publicUrl` (the collector's address as people reach it) no link is made
 * (a Host header is the sender's to choose, so it never names the links):
 * the files are listed by name, to download from the dashboard's inbox.
 */
import type { Kysely } from 'kysely';
import { linkSigner } from '../links/signed-link.ts';
import { attachmentTables, listAttachments } from './store.ts';

export const LINK_DAYS = 30;
const DAY_MS = 86_400_000;

export interface LinkedAttachment {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  /** The signed download link; absent without `publicUrl`. */
  url?: string;
  /** When the link stops working (epoch ms). */
  expires?: number;
}

export async function attachmentLinks(db: Kysely<never>, handoffId: string, publicUrl: string | undefined, now: number): Promise<LinkedAttachment[]> {
  const k = attachmentTables(db);
  const files = await listAttachments(k, handoffId);
  if (!files.length) return [];
  const base = publicUrl?.replace(/\/+$/, '');
  const signer = base ? await linkSigner(k) : undefined;
  const expires = now + LINK_DAYS * DAY_MS;
  return files.map(({ id, name, type, size, sha256 }) => ({
    id,
    name,
    type,
    size,
    sha256,
    ...(signer ? { url: `${base}/v1/attachments/${encodeURIComponent(id)}?k=${signer.sign('attachment', id, expires)}`, expires } : {}),
  }));
}

/** "2.4 MB", "350 KB". */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
