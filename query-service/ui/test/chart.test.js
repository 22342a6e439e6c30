import {describe, expect, it} from 'vitest';
import {ticks, linear, valueDomain, yearRange} from '../src/chart.js';

describe('chart scales', () => {
  it('picks round ticks that cover the values', () => {
    expect(ticks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(72.5, 76.1)).toEqual([72, 73, 74, 75, 76, 77]);
    const t = ticks(2.6, 2.8);
    expect(t[0]).toBeLessThanOrEqual(2.6);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(2.8);
  });

  it('widens a single value into a range', () => {
    const t = ticks(90.3, 90.3);
    expect(t[0]).toBeLessThan(90.3);
    expect(t[t.length - 1]).toBeGreaterThan(90.3);
  });

  it('keeps zero in the value domain only when the values are close to it', () => {
    expect(valueDomain([2, 10])).toEqual([0, 10]);
    const [lo] = valueDomain([90.3, 92]);
    expect(lo).toBeGreaterThan(80);
  });

  it('maps linearly, upside down for an SVG y axis', () => {
    const y = linear([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(50)).toBe(150);
    expect(y(100)).toBe(0);
  });

  it('lists every year between the first and the last', () => {
    expect(yearRange([2024, 2021, 2023])).toEqual([2021, 2022, 2023, 2024]);
    expect(yearRange([])).toEqual([]);
  });
});
