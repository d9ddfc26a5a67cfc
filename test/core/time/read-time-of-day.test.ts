import { describe, expect, it } from 'vitest';
import { readTimeOfDay } from '../../../src/core/time/read-time-of-day.ts';

/** QA: "/caidat gio 7h" was refused, though "7h", "7g", "7 giờ" are how Vietnamese write a time. */
describe('a time of day as Vietnamese write it', () => {
  it.each([
    ['07:00', 7 * 60],
    ['7:05', 7 * 60 + 5],
    ['7h', 7 * 60],
    ['7H', 7 * 60],
    ['7g', 7 * 60],
    ['7 giờ', 7 * 60],
    ['7 gio', 7 * 60],
    ['7h30', 7 * 60 + 30],
    ['7g30', 7 * 60 + 30],
    ['7 giờ 30', 7 * 60 + 30],
    ['7 giờ 30 phút', 7 * 60 + 30],
    ['7h30p', 7 * 60 + 30],
    ['16h', 16 * 60],
    ['4 giờ chiều', 16 * 60],
    ['7 giờ tối', 19 * 60],
    ['7 giờ sáng', 7 * 60],
  ])('%s', (text, minutes) => {
    expect(readTimeOfDay(text)).toBe(minutes);
  });

  it.each(['7', '25:00', '7h75', '24h', 'bảy giờ', '7:5', ''])('not a time: %s', (text) => {
    expect(readTimeOfDay(text)).toBeNull();
  });
});
