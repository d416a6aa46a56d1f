import { describe, expect, it } from 'vitest';
import { unansweredReason } from './reason.ts';
import { makeEvent } from '../../../server/testing/batches.ts';
import type { AyudaEvent } from './schema.ts';

const search = makeEvent(1, 'search') as Extract<AyudaEvent, { type: 'search' }>;
const feedback = makeEvent(1, 'feedback') as Extract<AyudaEvent, { type: 'feedback' }>;

describe('unansweredReason', () => {
  it('derives the reason from the event', () => {
    expect(unansweredReason({ ...search, decision: 'none' })).toBe('no_match');
    expect(unansweredReason({ ...search, decision: 'weak' })).toBe('weak_match');
    expect(unansweredReason({ ...search, decision: 'answered' })).toBeUndefined();
    expect(unansweredReason({ ...feedback, helpful: false })).toBe('not_helpful');
    expect(unansweredReason({ ...feedback, helpful: true })).toBeUndefined();
    expect(unansweredReason(makeEvent(1, 'gave_up'))).toBe('gave_up');
    expect(unansweredReason(makeEvent(1, 'handoff_requested'))).toBe('asked_human');
    expect(unansweredReason(makeEvent(1, 'answer_read'))).toBeUndefined();
  });

  it('keeps an explicit reason', () => {
    expect(unansweredReason({ ...search, decision: 'answered', reason: 'weak_match' })).toBe('weak_match');
  });
});
