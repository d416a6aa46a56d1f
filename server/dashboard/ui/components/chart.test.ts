import { describe, expect, it } from 'vitest';
import { isolated } from './chart.tsx';

describe('isolated', () => {
  it('finds the days with data that a line cannot show: no data the day before nor the day after', () => {
    expect(isolated([null, null, 0.5])).toEqual([2]);
    expect(isolated([0.2, null, 0.4, 0.5, null, 1])).toEqual([0, 5]);
    expect(isolated([0, 0, 0])).toEqual([]);
    expect(isolated([null, null])).toEqual([]);
  });
});
