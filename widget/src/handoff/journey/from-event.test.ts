import { describe, expect, it } from 'vitest';
import { itemFromEvent } from './from-event.ts';

const title = (id: string) => `Q of ${id}`;

describe('itemFromEvent', () => {
  it('keeps a search with its decision and top three results', () => {
    const hits = ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1, highlights: [] }));
    const item = itemFromEvent({ type: 'search', result: { query: ' devolver  ', locale: 'es', decision: 'weak', confidence: 0.4, hits } as never }, title, 5, '/p', 'x');
    expect(item).toEqual({ id: 'x', at: 5, path: '/p', kind: 'search', query: 'devolver', decision: 'weak', results: [{ id: 'a', title: 'Q of a' }, { id: 'b', title: 'Q of b' }, { id: 'c', title: 'Q of c' }] });
  });

  it('keeps answers read with the time spent, and feedback with its comment', () => {
    expect(itemFromEvent({ type: 'answer_read', entryId: 'e', query: 'q', ms: 4210.6 }, title, 1, '/', 'r')).toEqual({ id: 'r', at: 1, path: '/', kind: 'read', entry: 'e', title: 'Q of e', ms: 4211, query: 'q' });
    expect(itemFromEvent({ type: 'feedback', entryId: 'e', helpful: false, comment: '  falta el plazo ', query: 'q' }, title, 2, '/', 'f')).toEqual({ id: 'f', at: 2, path: '/', kind: 'feedback', entry: 'e', title: 'Q of e', helpful: false, comment: 'falta el plazo' });
    expect(itemFromEvent({ type: 'feedback', entryId: 'e', helpful: true, query: '' }, title, 2, '/', 'f')).not.toHaveProperty('comment');
  });

  it('leaves no item for other events', () => {
    expect(itemFromEvent({ type: 'gave_up', query: 'q' }, title, 1, '/', 'x')).toBeUndefined();
    expect(itemFromEvent({ type: 'open' }, title, 1, '/', 'x')).toBeUndefined();
  });
});
