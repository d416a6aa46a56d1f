import { describe, expect, it, vi } from 'vitest';
import { createGroupCommit } from './group-commit.ts';

describe('createGroupCommit', () => {
  it('runs the items submitted in one turn as one group, settling each with its own result', async () => {
    const runner = vi.fn((items: number[]) => items.map((n) => (n < 0 ? new Error(`bad ${n}`) : n * 10)));
    const g = createGroupCommit(runner);
    const settled = await Promise.allSettled([g.submit(1), g.submit(-2), g.submit(3)]);
    expect(runner).toHaveBeenCalledOnce();
    expect(runner).toHaveBeenCalledWith([1, -2, 3]);
    expect(settled).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('bad -2') },
      { status: 'fulfilled', value: 30 },
    ]);
    await g.submit(4);
    expect(runner).toHaveBeenCalledTimes(2);
  });

  it('rejects the whole group when the runner throws', async () => {
    const g = createGroupCommit<number, number>(() => {
      throw new Error('disk full');
    });
    await expect(Promise.all([g.submit(1), g.submit(2)])).rejects.toThrow('disk full');
  });

  it('caps the size of a group', async () => {
    const sizes: number[] = [];
    const g = createGroupCommit((items: number[]) => (sizes.push(items.length), items), 4);
    await Promise.all(Array.from({ length: 10 }, (_, i) => g.submit(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('flushes synchronously on demand', async () => {
    const runner = vi.fn((items: number[]) => items);
    const g = createGroupCommit(runner);
    const p = g.submit(7);
    g.flush();
    expect(runner).toHaveBeenCalledOnce();
    await expect(p).resolves.toBe(7);
  });
});
