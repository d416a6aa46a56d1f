/**
 * What the alternates page and the export read: a site's wordings by entry
 * with their counts (from `alternate_uses`), and its accepted alternates.
 * A proposal is listed only while the site's current FAQ does not answer it
 * with its entry (checked by ./alternates-step.ts), and not once the same
 * wording is accepted for another entry.
 */
import { sql, type Kysely } from 'kysely';
import type { AlternateProposal, AlternatesEntry, ProposalStatus } from '../dashboard/shared/alternates-views.ts';
import type { SiteFaq } from '../sites/faq-catalog.ts';
import type { AlternatesSchema } from './tables.ts';

/** Most wordings listed at once. */
export const MAX_LISTED = 2000;

interface Row extends AlternateProposal {
  entry: string;
}

/** The site's wordings of one status, grouped by entry (the most asked first). */
export async function listAlternates(db: Kysely<AlternatesSchema>, site: string, status: ProposalStatus, faq: SiteFaq | undefined): Promise<AlternatesEntry[]> {
  if (status === 'proposed' && !faq) return [];
  const shown =
    status === 'proposed'
      ? sql`and c.unlike = 1 and c.checked = ${faq!.version}
            and not exists (select 1 from alternate_candidates a where a.site = c.site and a.wording = c.wording and a.status = 'accepted')`
      : sql``;
  const { rows } = await sql<Row>`
    select c.id, c.entry, c.text, c.locale, c.status, c.decided_by, c.decided_at, count(*) as sessions, max(u.at) as last_at
    from alternate_candidates c join alternate_uses u on u.candidate_id = c.id
    where c.site = ${site} and c.status = ${status} ${shown}
    group by c.id
    order by sessions desc, last_at desc, c.id
    limit ${MAX_LISTED}`.execute(db);
  const byEntry = new Map<string, AlternatesEntry & { sessions: number }>();
  for (const { entry, ...proposal } of rows) {
    let e = byEntry.get(entry);
    if (!e) byEntry.set(entry, (e = { entry, title: faq?.titles.get(entry) ?? null, proposals: [], sessions: 0 }));
    e.proposals.push({ ...proposal, sessions: Number(proposal.sessions) });
    e.sessions += Number(proposal.sessions);
  }
  return [...byEntry.values()].sort((a, b) => b.sessions - a.sessions || (a.entry < b.entry ? -1 : 1)).map(({ sessions: _s, ...e }) => e);
}

/** `{ "entryId": ["wording", ...] }`: the site's accepted alternates, entries by id, wordings most asked first. */
export async function acceptedAlternates(db: Kysely<AlternatesSchema>, site: string): Promise<Record<string, string[]>> {
  const { rows } = await sql<{ entry: string; text: string }>`
    select c.entry, c.text, (select count(*) from alternate_uses u where u.candidate_id = c.id) as sessions
    from alternate_candidates c
    where c.site = ${site} and c.status = 'accepted'
    order by c.entry, sessions desc, c.id`.execute(db);
  const out = Object.create(null) as Record<string, string[]>;
  for (const r of rows) (out[r.entry] ??= []).push(r.text);
  return out;
}
