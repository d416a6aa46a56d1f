import { describe, expect, it } from 'vitest';
import { HELP_GAP_MS, resolution, splitHelpSessions, type HelpEvent } from './help-sessions.ts';

const MIN = 60_000;
const e = (type: string, at: number, fields: Partial<HelpEvent> = {}): HelpEvent => ({ type, at: at * MIN, entry: null, query: null, helpful: null, reason: null, locale: 'es', ...fields });
const read = (at: number, entry: string, query = '', ms?: number) => e('answer_read', at, { entry, query, ...(ms === undefined ? {} : { ms }) });
const yes = (at: number, entry: string, query = '') => e('feedback', at, { entry, query, helpful: true });
const no = (at: number, entry: string) => e('feedback', at, { entry, query: 'x', helpful: false, reason: 'not_helpful' });

describe('splitHelpSessions', () => {
  it('cuts a browser session where it pauses for more than 30 minutes, in time order', () => {
    const events = [e('search', 31), e('search', 0), e('search', 10), e('search', 75), e('search', 41)];
    expect(splitHelpSessions(events).map((h) => h.map((x) => x.at / MIN))).toEqual([[0, 10, 31, 41], [75]]);
    expect(splitHelpSessions([e('search', 0), e('search', HELP_GAP_MS / MIN)])).toHaveLength(1);
    expect(splitHelpSessions([])).toEqual([]);
  });
});

describe('resolution', () => {
  it('ends resolved on the last entry read, with the query that led to it', () => {
    expect(resolution([e('search', 0, { query: 'mandar de vuelta' }), read(1, 'devolver-pedido', ' mandar  de vuelta ')])).toEqual({ entry: 'devolver-pedido', query: 'mandar de vuelta', locale: 'es', at: MIN });
    expect(resolution([read(1, 'a', 'primera'), read(2, 'b', 'segunda')])).toMatchObject({ entry: 'b', query: 'segunda' });
  });

  it('takes "Yes" as resolving, with its query or the read that came before', () => {
    expect(resolution([read(1, 'a', 'cambiar la talla'), yes(2, 'a')])).toMatchObject({ entry: 'a', query: 'cambiar la talla', at: 2 * MIN });
    expect(resolution([yes(2, 'a', 'otra talla')])).toMatchObject({ entry: 'a', query: 'otra talla' });
    // Opened without a search: resolved, but with no question.
    expect(resolution([read(1, 'a')])).toMatchObject({ entry: 'a', query: '' });
  });

  it('is not resolved when anything after the read says otherwise', () => {
    expect(resolution([read(1, 'a', 'q'), no(2, 'a')])).toBeUndefined();
    expect(resolution([read(1, 'a', 'q'), e('gave_up', 2, { reason: 'gave_up' })])).toBeUndefined();
    expect(resolution([read(1, 'a', 'q'), e('handoff_requested', 2, { reason: 'asked_human' })])).toBeUndefined();
    expect(resolution([read(1, 'a', 'q'), e('search', 2, { query: 'otra cosa', reason: 'no_match' })])).toBeUndefined();
    // An answered search after the read does not undo it; a read after a "No" does resolve.
    expect(resolution([read(1, 'a', 'q'), e('search', 2, { query: 'gracias' })])).toMatchObject({ entry: 'a' });
    expect(resolution([read(1, 'a', 'q'), no(2, 'a'), read(3, 'b', 'r')])).toMatchObject({ entry: 'b', query: 'r' });
    expect(resolution([e('search', 0, { query: 'q' })])).toBeUndefined();
  });

  it('needs 10 s of reading when the event says how long', () => {
    expect(resolution([read(1, 'a', 'q', 9_999)])).toBeUndefined();
    expect(resolution([read(1, 'a', 'q', 10_000)])).toMatchObject({ entry: 'a' });
    expect(resolution([read(1, 'a', 'q', 60_000), read(2, 'b', 'r', 2_000)])).toMatchObject({ entry: 'a', query: 'q' });
  });
});
