/**
 * The grouping step's questions, from the events it reads (in arrival
 * order), by the definitions of server/dashboard/sessions/help-sessions.ts:
 * - an event with a reason is an unanswered question, unless the same
 *   wording (folded) of the same browser session was grouped within a help
 *   session before it: then it is that question again, not another one;
 * - an answered search waits in `answered_pending` until what follows it in
 *   its help session judges it (`answeredWrongly`); wrong, it becomes a
 *   question with the reason `answered_wrongly`, for the entry it showed.
 * Only Kysely queries are awaited here (see grouping-step.ts).
 */
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { answeredWrongly, HELP_SESSION_GAP_MS, questionKey, type SessionEvent } from '../dashboard/sessions/help-sessions.ts';

/** An event as the step reads it. */
export interface StepRow extends SessionEvent {
  rowid: number;
  site: string;
  locale: string;
}

/** What to group: the row, its reason, and its folded wording. */
export interface Question {
  row: StepRow;
  reason: string;
  question: string;
}

const COLUMNS = ['id', 'session', 'type', 'reason', 'decision', 'query', 'entry', 'helpful', 'results', 'at', 'site', 'locale'] as const;

export async function questionsOf(trx: Kysely<DashboardSchema>, rows: StepRow[]): Promise<Question[]> {
  const out: Question[] = [];
  /** Wordings taken in this chunk: "session\0question" → when. */
  const taken = new Map<string, number>();
  const sessions = [...new Set(rows.map((r) => r.session))];
  const pending = new Map(
    sessions.length ? (await trx.selectFrom('answered_pending').selectAll().where('session', 'in', sessions).execute()).map((p) => [p.session, p]) : [],
  );
  const changed = new Set<string>();

  const isNew = async (session: string, question: string, at: number): Promise<boolean> => {
    const key = `${session}\u0000${question}`;
    const before = taken.get(key);
    if (before !== undefined && at - before <= HELP_SESSION_GAP_MS) return false;
    const grouped = await trx
      .selectFrom('group_members')
      .select('event_id')
      .where('session', '=', session)
      .where('question', '=', question)
      .where('at', '>=', at - HELP_SESSION_GAP_MS)
      .where('at', '<=', at)
      .executeTakeFirst();
    taken.set(key, at);
    return !grouped;
  };

  for (const row of rows) {
    const waiting = pending.get(row.session);
    if (waiting && waiting.event_id !== row.id) {
      let verdict: boolean | undefined;
      if (row.at - waiting.at <= HELP_SESSION_GAP_MS) {
        const [answered, ...after] = (await trx
          .selectFrom('events')
          .select(COLUMNS)
          .where('session', '=', row.session)
          .where('at', '>=', waiting.at)
          .where('at', '<=', row.at)
          .orderBy('at')
          .execute()) as StepRow[];
        const s = answered?.id === waiting.event_id ? answered : undefined;
        verdict = s && answeredWrongly(s, after.filter((e) => e.id !== s.id));
        if (s && verdict) {
          const question = questionKey(s.query);
          if (question && (await isNew(s.session, question, s.at))) out.push({ row: { ...s, rowid: row.rowid }, reason: 'answered_wrongly', question });
        }
      } else verdict = false; // its help session is over: nothing said it was wrong
      if (verdict !== undefined) {
        pending.delete(row.session);
        changed.add(row.session);
      }
    }
    if (row.type === 'search' && row.decision === 'answered') {
      pending.set(row.session, { session: row.session, event_id: row.id, at: row.at });
      changed.add(row.session);
    }
    const question = questionKey(row.query);
    if (row.reason && question && (await isNew(row.session, question, row.at))) out.push({ row, reason: row.reason, question });
  }

  for (const session of changed) {
    const p = pending.get(session);
    if (!p) await trx.deleteFrom('answered_pending').where('session', '=', session).execute();
    else await trx.insertInto('answered_pending').values(p).onConflict((oc) => oc.column('session').doUpdateSet({ event_id: p.event_id, at: p.at })).execute();
  }
  return out;
}
