/**
 * Store a validated hand-off in the inbox (`handoffs`), once per id: a retry
 * of the same hand-off (the outbox resends until acknowledged) stores
 * nothing. References are made in browsers, so two hand-offs may draw the
 * same one: the later is stored as "AY-7K3-Q9F-2", the next "-3" and so
 * on, one past the highest suffix taken (the inbox finds them all by the
 * reference the customer reads out), never refused, as the outbox would
 * drop a refused hand-off for good. No fixed number of tries: each clash
 * means the highest suffix has grown, so the next try picks a higher one.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../db/dialect/index.ts';
import { buildTranscript } from '../../widget/src/handoff/transcript/build-transcript.ts';
import { formatInbox } from '../../widget/src/handoff/transcript/format-inbox.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';
import type { HandoffSchema } from './tables.ts';

export interface Stored {
  /** False when this id was already in the inbox. */
  stored: boolean;
  /** The reference stored (the record's, or with a "-2" suffix after a clash). */
  reference: string;
}

/** One past the highest "-n" suffix stored for `reference` (2 when only the bare one is). */
async function nextSuffix(db: Kysely<HandoffSchema>, reference: string): Promise<number> {
  const taken = await db.selectFrom('handoffs').select('reference').where('reference', 'like', `${reference}-%`).execute();
  const suffixes = taken.map((r) => Number(r.reference.slice(reference.length + 1))).filter((n) => Number.isSafeInteger(n));
  return Math.max(1, ...suffixes) + 1;
}

/** Columns of the conversation stored with the hand-off (server/conversation/start.ts). */
export type ConversationStart = Partial<Pick<HandoffSchema['handoffs'], 'secret_hash' | 'reply_minutes' | 'due_at' | 'updated_at'>>;

export async function storeHandoff(db: Kysely<HandoffSchema>, record: HandoffRecord, start: ConversationStart = {}): Promise<Stored> {
  const row = formatInbox(record, buildTranscript(record));
  let reference = record.reference;
  for (;;) {
    try {
      const result = await db
        .insertInto('handoffs')
        .values({ ...row, ...start, reference, status: 'new' })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { stored: true, reference };
      const existing = await db.selectFrom('handoffs').select('reference').where('id', '=', record.id).executeTakeFirst();
      return { stored: false, reference: existing?.reference ?? reference };
    } catch (err) {
      if (!dialectOf(db).isUniqueViolation(err, 'handoffs', 'reference')) throw err;
    }
    reference = `${record.reference}-${await nextSuffix(db, record.reference)}`;
  }
}
