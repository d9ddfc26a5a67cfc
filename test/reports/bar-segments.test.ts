import { describe, expect, it } from 'vitest';
import { segmentWidths } from '../../src/reports/charts/bar-segments.ts';

const room = (count: number) => 20 + 19 * String(count).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('stacked bar segments', () => {
  it('give a one-task segment room for its figure and keep the bar’s proportional length', () => {
    // 40 on time and 1 overdue at 20 px a task (the longest bar of a plan of 41): the overdue sliver was 20 px, with no number
    const widths = segmentWidths([40, 0, 1], 20, room);
    expect(widths[2]).toBe(room(1));
    expect(widths[1]).toBe(0);
    expect(sum(widths)).toBeCloseTo(820);
    expect(widths[0]).toBeCloseTo(820 - room(1));
  });

  it('leave segments that already have room exactly proportional', () => {
    expect(segmentWidths([10, 5, 5], 20, room)).toEqual([200, 100, 100]);
  });

  it('grow a short bar only as much as its figures need, and share what is left in proportion', () => {
    const widths = segmentWidths([1, 1, 1], 5, room);
    expect(widths).toEqual([room(1), room(1), room(1)]);
    // "30" and "10" need 58 px: at 4 px a task the figures need more than the 168 px the counts give
    expect(sum(segmentWidths([30, 10, 1, 1], 4, room))).toBe(2 * room(30) + 2 * room(1));
    const mixed = segmentWidths([30, 10, 1, 1], 10, room);
    expect(sum(mixed)).toBeCloseTo(420);
    expect(mixed.slice(2)).toEqual([room(1), room(1)]);
    expect(mixed[0]! / mixed[1]!).toBeCloseTo(3);
  });
});
