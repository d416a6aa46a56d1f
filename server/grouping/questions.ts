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
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import type { EventPosition } from '../db/dialect/index.ts';
import { chunks } from '../db/chunks.ts';
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
  const grouped = await groupedBefore(trx, rows, [...pending.values()]);
  const around = await eventsAround(trx, rows, pending);

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
    const member = grouped.get(key)?.find((m) => m.at >= at - HELP_SESSION_GAP_MS && m.at <= at);
    if (member) {
      taken.set(key, { at: member.at, reason: member.reason, eventId: member.event_id, site: member.site });
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
        const [answered, ...after] = (around.get(row.session) ?? []).filter((e) => e.at >= waiting.at && e.at <= row.at);
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

  const judged = [...changed].filter((session) => !pending.has(session));
  const waiting = [...changed].flatMap((session) => pending.get(session) ?? []);
  for (const part of chunks(judged, 500)) await trx.deleteFrom('answered_pending').where('session', 'in', part).execute();
  for (const part of chunks(waiting, 500)) {
    await trx
      .insertInto('answered_pending')
      .values(part)
      .onConflict((oc) => oc.column('session').doUpdateSet({ event_id: sql`excluded.event_id`, at: sql`excluded.at` }))
      .execute();
  }
  return out;
}

/**
 * The chunk's sessions' questions grouped before, within a help session of
 * the chunk's times (or of a waiting answered search's), by "session\0question":
 * one query for the chunk, not one per question (a round trip each on PostgreSQL).
 */
async function groupedBefore(trx: Kysely<DashboardSchema>, rows: StepRow[], waiting: { at: number }[]) {
  const out = new Map<string, { site: string; event_id: string; reason: string; at: number }[]>();
  if (!rows.length) return out;
  const from = Math.min(...rows.map((r) => r.at), ...waiting.map((w) => w.at)) - HELP_SESSION_GAP_MS;
  const to = Math.max(...rows.map((r) => r.at));
  for (const part of chunks([...new Set(rows.map((r) => r.session))], 500)) {
    const members = await trx
      .selectFrom('group_members')
      .select(['site', 'event_id', 'reason', 'at', 'session', 'question'])
      .where('session', 'in', part)
      .where('at', '>=', from)
      .where('at', '<=', to)
      .execute();
    for (const m of members) {
      const key = `${m.session}\u0000${m.question}`;
      const list = out.get(key);
      if (list) list.push(m);
      else out.set(key, [m]);
    }
  }
  return out;
}

/**
 * The events, in time order, of the sessions whose answered search this
 * chunk may judge (one waiting, or answered in the chunk), from the earliest
 * such search to the chunk's last time: what follows each search.
 */
async function eventsAround(trx: Kysely<DashboardSchema>, rows: StepRow[], pending: Map<string, { at: number }>): Promise<Map<string, StepRow[]>> {
  const out = new Map<string, StepRow[]>();
  const answered = rows.filter((r) => r.type === 'search' && r.decision === 'answered');
  const sessions = [...new Set([...rows.filter((r) => pending.has(r.session)).map((r) => r.session), ...answered.map((r) => r.session)])];
  if (!sessions.length) return out;
  const from = Math.min(...sessions.flatMap((s) => pending.get(s)?.at ?? []), ...answered.map((r) => r.at));
  const to = Math.max(...rows.map((r) => r.at));
  for (const part of chunks(sessions, 500)) {
    const events = (await trx.selectFrom('events').select(COLUMNS).where('session', 'in', part).where('at', '>=', from).where('at', '<=', to).orderBy('at').execute()) as StepRow[];
    for (const e of events) {
      const list = out.get(e.session);
      if (list) list.push(e);
      else out.set(e.session, [e]);
    }
  }
  return out;
}
