import { describe, expect, it } from 'vitest';
import { testCollector } from '../testing/collector.ts';
import { BUSY_MS, createSlicer, inSlices, noteRequest, pauseAfter, serving, SHARE } from './slices.ts';

describe('createSlicer', () => {
  it('starts with its smallest slice: the cost of an item is not known yet', () => {
    expect(createSlicer(500, 4, 8).size()).toBe(4);
    expect(createSlicer(3, 4, 8).size()).toBe(3);
  });

  it('sizes slices to take about the target from the cost per item, within its bounds, growing at most twofold', () => {
    const slicer = createSlicer(500, 4, 8);
    for (const n of [4, 8, 16]) slicer.measure(n, n * 0.01);
    expect(slicer.size()).toBe(32);
    slicer.measure(32, 64); // 2 ms an item: 4 items make 8 ms
    expect(slicer.size()).toBe(4);
    slicer.measure(4, 0.4); // 0.1 ms an item: 80 would do, but at most twice the last
    expect(slicer.size()).toBe(8);
    for (let i = 0; i < 10; i++) slicer.measure(slicer.size(), slicer.size() * 0.001);
    expect(slicer.size()).toBe(500);
    slicer.measure(0, 100); // an empty slice says nothing about the cost
    expect(slicer.size()).toBe(500);
  });
});

describe('inSlices', () => {
  it('runs until a slice handles fewer than asked, each within the slicer\'s bounds', async () => {
    let left = 100;
    const limits: number[] = [];
    const total = await inSlices(createSlicer(10, 1), async (limit) => {
      limits.push(limit);
      const n = Math.min(limit, left);
      left -= n;
      await new Promise((r) => setTimeout(r, 1));
      return n;
    });
    expect(total).toBe(100);
    expect(limits.every((l) => l >= 1 && l <= 10)).toBe(true);
    expect(limits.length).toBeGreaterThanOrEqual(10);
  });
});

describe('ingestion first', () => {
  it('counts the collector as serving for BUSY_MS after it read a request', () => {
    noteRequest(1000);
    expect(serving(1000 + BUSY_MS / 2)).toBe(true);
    expect(serving(1000 + BUSY_MS)).toBe(false);
  });

  it('pauses after a slice only while requests come, long enough to keep slices to SHARE of the thread', () => {
    expect(pauseAfter(8, false)).toBe(0);
    const pause = pauseAfter(8, true);
    expect(8 / (8 + pause)).toBeCloseTo(SHARE);
    expect(pauseAfter(-1, true)).toBe(0);
  });

  it('is told of every request the collector reads', async () => {
    const c = await testCollector();
    noteRequest(-BUSY_MS);
    expect(serving()).toBe(false);
    await c.app.inject({ method: 'GET', url: '/healthz' });
    expect(serving()).toBe(true);
    await c.app.close();
    await c.db.close();
  });

  it('still runs every slice to the end while requests come', async () => {
    noteRequest();
    let left = 20;
    const total = await inSlices(createSlicer(5, 5), async (limit) => {
      noteRequest(); // requests keep coming
      const n = Math.min(limit, left);
      left -= n;
      return n;
    });
    expect(total).toBe(20);
  });
});
