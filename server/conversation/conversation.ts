/**
 * A hand-off's conversation: agents reply (emailed to the customer and
 * shown in their widget), write internal notes (never shown to the
 * customer), assign and set the status; the customer answers from the
 * widget. Statuses: `new` (nobody answered yet), `open`, `waiting` (on the
 * customer: set by a reply), `solved`; a customer's answer reopens a
 * waiting or solved hand-off and makes it due again within the channel's
 * promised reply time. Each reply, customer answer and status change is
 * queued for delivery (the reply's email, the site's webhook) in
 * `handoff_deliveries`, retried like the hand-off's own.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { HandoffStatus } from '../db/dashboard-schema.ts';
import type { ConversationDelivery, Deliveries, DeliverySettings } from '../handoff/deliveries.ts';
import { DEFAULT_FROM } from '../handoff/email-message.ts';
import type { RequestThread } from '../../widget/src/handoff/types.ts';
import { replyEmail, type ConversationEventType, type ConversationWebhookPayload } from './messages-out.ts';
import type { CustomerLinks } from './customer-links.ts';
import { dueAfter } from './start.ts';
import type { ConversationSchema, HandoffMessagesTable, MessageKind } from './tables.ts';

export interface Author {
  id: number;
  email: string;
}

export interface Message {
  id: number;
  kind: MessageKind;
  author: string | null;
  body: string;
  at: number;
}

export interface ConversationDeps {
  db: Kysely<ConversationSchema>;
  deliveries: Pick<Deliveries, 'queue'>;
  settings: DeliverySettings;
  /** The thread link and reply address a reply email carries (./customer-links.ts); none without. */
  links?: CustomerLinks;
  now?: () => number;
}

type HandoffRow = ConversationSchema['handoffs'];

/** A hand-off as the customer's other ways in (thread page, email) need it. */
export interface HandoffSummary {
  id: string;
  site: string;
  reference: string;
  /** The customer's language ("es-ES") and time zone, as their browser told them. */
  locale: string;
  timeZone?: string;
  question: string;
  contact_email: string | null;
}

const toMessage = (row: HandoffMessagesTable): Message => ({ id: row.id!, kind: row.kind, author: row.author, body: row.body, at: row.at });

/** The customer's language and time zone, from the transcript's first item. */
function headOf(h: Pick<HandoffRow, 'transcript'>): { locale: string; timeZone?: string } {
  try {
    const head = (JSON.parse(h.transcript) as { type?: string; locale?: unknown; timeZone?: unknown }[])[0];
    return { locale: typeof head?.locale === 'string' ? head.locale : 'en', ...(typeof head?.timeZone === 'string' ? { timeZone: head.timeZone } : {}) };
  } catch {
    return { locale: 'en' };
  }
}

/** The customer's language, from the transcript's first item. */
export const localeOf = (h: Pick<HandoffRow, 'transcript'>): string => headOf(h).locale;

export function createConversations({ db, deliveries, settings, links, now = Date.now }: ConversationDeps) {
  const handoff = (id: string) => db.selectFrom('handoffs').selectAll().where('id', '=', id).executeTakeFirst();

  /** Whether the site's webhook takes this hand-off's channel ("chat:intercom" is a chat). */
  function webhookTakes(h: HandoffRow): boolean {
    const webhook = settings.sites.get(h.site)?.handoff?.webhook;
    return !!webhook && (!webhook.channels?.length || webhook.channels.includes(h.channel.split(':')[0] as never));
  }

  async function assigneeEmail(h: HandoffRow): Promise<string | null> {
    if (h.assignee_id === null) return null;
    const user = await db.selectFrom('users').select('email').where('id', '=', h.assignee_id).executeTakeFirst();
    return user?.email ?? null;
  }

  async function event(h: HandoffRow, type: ConversationEventType, key: string, at: number, extra: Pick<ConversationWebhookPayload, 'message' | 'status'>): Promise<ConversationDelivery[]> {
    if (!webhookTakes(h)) return [];
    const payload: ConversationWebhookPayload = {
      type,
      id: `${h.id}.${key}`,
      created: at,
      handoff: { id: h.id, reference: h.reference, site: h.site, status: h.status, assignee: await assigneeEmail(h) },
      ...extra,
    };
    return [{ handoff_id: h.id, site: h.site, target: `webhook:${key}`, payload: JSON.stringify(payload) }];
  }

  /** Change the status (and its due time) in `tx`; the status event to deliver, if it changed. */
  async function moveTo(h: HandoffRow, to: HandoffStatus, at: number, by?: string): Promise<{ row: HandoffRow; events: ConversationDelivery[] }> {
    if (h.status === to) return { row: h, events: [] };
    // Reopened: owed an answer again, within the promised time from now.
    const reopened = (to === 'open' || to === 'new') && (h.status === 'waiting' || h.status === 'solved');
    const due_at = reopened ? dueAfter(at, h.reply_minutes) : h.due_at;
    await db.updateTable('handoffs').set({ status: to, due_at, updated_at: at }).where('id', '=', h.id).execute();
    const row = { ...h, status: to, due_at, updated_at: at };
    return { row, events: await event(row, 'handoff.status_changed', `s${at}.${to}`, at, { status: { from: h.status, to, ...(by ? { by } : {}) } }) };
  }

  async function insert(h: HandoffRow, kind: MessageKind, body: string, at: number, author?: Author, clientId?: string): Promise<{ message: Message; stored: boolean }> {
    const values = { handoff_id: h.id, kind, author_id: author?.id ?? null, author: author?.email ?? null, body, at, client_id: clientId ?? null };
    // RETURNING, not insertId: PostgreSQL reports no insert id. Nothing returned: the message was stored before.
    const inserted = await db.insertInto('handoff_messages').values(values).onConflict((oc) => oc.columns(['handoff_id', 'client_id']).doNothing()).returning('id').executeTakeFirst();
    if (!inserted && clientId) {
      const existing = await db.selectFrom('handoff_messages').selectAll().where('handoff_id', '=', h.id).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      return { message: toMessage(existing), stored: false };
    }
    return { message: toMessage({ ...values, id: Number(inserted!.id) }), stored: true };
  }

  async function summary(where: RawBuilder<boolean>): Promise<HandoffSummary | undefined> {
    const row = await db.selectFrom('handoffs').select(['id', 'site', 'reference', 'transcript', 'question', 'contact_email']).where(where).executeTakeFirst();
    return row && { id: row.id, site: row.site, reference: row.reference, ...headOf(row), question: row.question, contact_email: row.contact_email };
  }

  return {
    /** Every message, notes included (agents only), oldest first. */
    async messages(handoffId: string): Promise<Message[]> {
      const rows = await db.selectFrom('handoff_messages').selectAll().where('handoff_id', '=', handoffId).orderBy('id').execute();
      return rows.map(toMessage);
    },

    /** What the customer's secret opens: status, agent replies and their own answers; never a note or an agent's name. */
    async thread(handoffId: string): Promise<RequestThread | undefined> {
      const h = await handoff(handoffId);
      if (!h) return undefined;
      const rows = await db.selectFrom('handoff_messages').select(['id', 'kind', 'body', 'at']).where('handoff_id', '=', handoffId).where('kind', 'in', ['reply', 'customer']).orderBy('id').execute();
      return {
        id: h.id,
        reference: h.reference,
        status: h.status,
        messages: rows.map((m) => ({ id: m.id!, from: m.kind === 'reply' ? ('agent' as const) : ('customer' as const), text: m.body, at: m.at })),
      };
    },

    /** The hand-off a reference names (compared upper case, as reply addresses fold it), with its site and language. */
    byReference: (reference: string) => summary(sql<boolean>`upper(reference) = ${reference.toUpperCase()}`),

    /** The hand-off with this id, as `byReference` tells it. */
    byId: (id: string) => summary(sql<boolean>`id = ${id}`),

    /** The customer's secret hash, to check a thread request against. */
    async secretHash(handoffId: string): Promise<{ site: string; hash: string | null } | undefined> {
      const row = await db.selectFrom('handoffs').select(['site', 'secret_hash']).where('id', '=', handoffId).executeTakeFirst();
      return row && { site: row.site, hash: row.secret_hash };
    },

    /** An agent's reply: stored, emailed to the customer (threaded), the hand-off now waits on the customer. */
    async reply(handoffId: string, author: Author, body: string): Promise<{ message: Message; status: HandoffStatus; emailed: boolean } | undefined> {
      const at = now();
      const found = await handoff(handoffId);
      if (!found) return undefined;
      const { message } = await insert(found, 'reply', body, at, author);
      const moved = await moveTo(found, 'waiting', at, author.email);
      const h = moved.row;
      const out: ConversationDelivery[] = [];
      const email = h.contact_email;
      if (email) {
        const site = settings.sites.get(h.site)?.handoff?.email;
        const from = site?.from ?? settings.smtp?.from ?? DEFAULT_FROM;
        const earlier = await db.selectFrom('handoff_messages').select('id').where('handoff_id', '=', h.id).where('kind', '=', 'reply').where('id', '<', message.id).orderBy('id').execute();
        const [threadUrl, replyTo] = links ? await Promise.all([links.threadUrl(h.reference), links.replyAddress(h.reference)]) : [];
        const extras = { ...(threadUrl ? { threadUrl } : {}), ...(replyTo ? { replyTo } : {}) };
        const mail = replyEmail({ ...h, contact_email: email, locale: localeOf(h) }, message, earlier.map((r) => r.id!), from, site?.to, extras);
        out.push({ handoff_id: h.id, site: h.site, target: `email:m${message.id}`, payload: JSON.stringify(mail) });
      }
      out.push(...(await event(h, 'handoff.replied', `m${message.id}`, at, { message: { id: message.id, kind: 'reply', text: body, at, author: author.email } })), ...moved.events);
      await deliveries.queue(out);
      return { message, status: h.status, emailed: !!email };
    },

    /** An internal note: stored, delivered nowhere, never in the customer's thread. */
    async note(handoffId: string, author: Author, body: string): Promise<Message | undefined> {
      const found = await handoff(handoffId);
      if (!found) return undefined;
      const at = now();
      const { message } = await insert(found, 'note', body, at, author);
      await db.updateTable('handoffs').set({ updated_at: at }).where('id', '=', handoffId).execute();
      return message;
    },

    /** The customer's answer, from the widget, the thread page or an email (once per `clientId`): a waiting or solved hand-off is open again. */
    async customerReply(handoffId: string, clientId: string, body: string): Promise<{ message: Message; stored: boolean } | undefined> {
      const found = await handoff(handoffId);
      if (!found) return undefined;
      const at = now();
      const inserted = await insert(found, 'customer', body, at, undefined, clientId);
      if (!inserted.stored) return inserted;
      const moved = found.status === 'waiting' || found.status === 'solved' ? await moveTo(found, 'open', at) : { row: found, events: [] };
      if (moved.row === found) await db.updateTable('handoffs').set({ updated_at: at }).where('id', '=', handoffId).execute();
      const m = inserted.message;
      await deliveries.queue([...(await event(moved.row, 'handoff.customer_replied', `m${m.id}`, at, { message: { id: m.id, kind: 'customer', text: body, at } })), ...moved.events]);
      return inserted;
    },

    async setStatus(handoffId: string, to: HandoffStatus, by?: Author): Promise<HandoffStatus | undefined> {
      const found = await handoff(handoffId);
      if (!found) return undefined;
      const moved = await moveTo(found, to, now(), by?.email);
      await deliveries.queue(moved.events);
      return moved.row.status;
    },

    /** Assign to a dashboard user (or nobody). */
    async assign(handoffId: string, userId: number | null): Promise<boolean> {
      const result = await db.updateTable('handoffs').set({ assignee_id: userId, updated_at: now() }).where('id', '=', handoffId).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type Conversations = ReturnType<typeof createConversations>;
