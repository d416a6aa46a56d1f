/**
 * Store a validated hand-off in the inbox (`handoffs`), once per id: a retry
 * of the same hand-off (the outbox resends until acknowledged) stores
 * nothing. References are made in browsers, so two hand-offs may draw the
 * same one: the later is stored as "AY-7K3-Q9F-2" (the inbox finds both by
 * the reference the customer reads out), never refused, as the outbox would
 * drop a refused hand-off for good.
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

export async function storeHandoff(db: Kysely<HandoffSchema>, record: HandoffRecord): Promise<Stored> {
  const row = formatInbox(record, buildTranscript(record));
  for (let n = 1; n <= 20; n++) {
    const reference = n === 1 ? record.reference : `${record.reference}-${n}`;
    try {
      const result = await db
        .insertInto('handoffs')
        .values({ ...row, reference, status: 'open' })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { stored: true, reference };
      const existing = await db.selectFrom('handoffs').select('reference').where('id', '=', record.id).executeTakeFirst();
      return { stored: false, reference: existing?.reference ?? reference };
    } catch (err) {
      if (!dialectOf(db).isUniqueViolation(err, 'handoffs', 'reference')) throw err;
    }
  }
  throw new Error(`hand-off ${record.id}: no free reference after 20 tries`);
}
