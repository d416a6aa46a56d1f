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
import type { EventPosition } from '../db/dialect/index.ts';
import { answeredWrongly, HELP_SESSION_GAP_MS, questionKey, type SessionEvent } from '../dashboard/sessions/help-sessions.ts';

/** An event as the step reads it. */
export interface StepRow extends SessionEvent, EventPosition {
  site: string;
  locale: string;
}

/** What to group: the row, its reason, and its folded wording. */
export interface Question {
  row: StepRow;
  reason: string;
  question: string;
}

/** Which reason says more, when one question gets several: the customer's own words and acts first. */
const RANK = ['no_match', 'weak_match', 'gave_up', 'answered_wrongly', 'not_helpful', 'asked_human'];
const rank = (reason: string): number => RANK.indexOf(reason);

const COLUMNS = ['id', 'session', 'type', 'reason', 'decision', 'query', 'entry', 'helpful', 'results', 'at', 'site', 'locale'] as const;

export async function questionsOf(trx: Kysely<DashboardSchema>, rows: StepRow[]): Promise<Question[]> {
  const out: Question[] = [];
  /** Wordings taken: "session\0question" → when, why, and the question (this chunk's) or member (grouped before). */
  const taken = new Map<string, { at: number; reason: string; question?: Question; eventId?: string; site?: string }>();
  const sessions = [...new Set(rows.map((r) => r.session))];
  const pending = new Map(
    sessions.length ? (await trx.selectFrom('answered_pending').selectAll().where('session', 'in', sessions).execute()).map((p) => [p.session, p]) : [],
  );
  const changed = new Set<string>();

  /**
   * Is this wording of this session a new question? If it was grouped within
   * a help session before, it is that question again: its reason becomes this
   * one when this one says more (a person asked for says more than nothing found).
   */
  const isNew = async (session: string, question: string, at: number, reason: string): Promise<boolean> => {
    const key = `${session}\u0000${question}`;
    const before = taken.get(key);
    if (before && at - before.at <= HELP_SESSION_GAP_MS) {
      if (rank(reason) > rank(before.question?.reason ?? before.reason)) {
        if (before.question) before.question.reason = reason;
        else await trx.updateTable('group_members').set({ reason }).where('site', '=', before.site!).where('event_id', '=', before.eventId!).execute();
        before.reason = reason;
      }
      return false;
    }
    const grouped = await trx
      .selectFrom('group_members')
      .select(['site', 'event_id', 'reason', 'at'])
      .where('session', '=', session)
      .where('question', '=', question)
      .where('at', '>=', at - HELP_SESSION_GAP_MS)
      .where('at', '<=', at)
      .executeTakeFirst();
    if (grouped) {
      taken.set(key, { at: grouped.at, reason: grouped.reason, eventId: grouped.event_id, site: grouped.site });
      return isNew(session, question, at, reason);
    }
    taken.set(key, { at, reason });
    return true;
  };
  const take = (q: Question): void => {
    out.push(q);
    taken.get(`${q.row.session}\u0000${q.question}`)!.question = q;
  };

  for (const row of rows) {
    // The row's own reason first: "No" on an answer is that, more than a wrong answer.
    const question = questionKey(row.query);
    if (row.reason && question && (await isNew(row.session, question, row.at, row.reason))) take({ row, reason: row.reason, question });
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
          const q = questionKey(s.query);
          if (q && (await isNew(s.session, q, s.at, 'answered_wrongly'))) take({ row: { ...s, _seq: row._seq, _tx: row._tx }, reason: 'answered_wrongly', question: q });
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
  }

  for (const session of changed) {
    const p = pending.get(session);
    if (!p) await trx.deleteFrom('answered_pending').where('session', '=', session).execute();
    else await trx.insertInto('answered_pending').values(p).onConflict((oc) => oc.column('session').doUpdateSet({ event_id: p.event_id, at: p.at })).execute();
  }
  return out;
}
