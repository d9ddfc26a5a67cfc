import { describe, expect, it } from 'vitest';
import { applyQuietHours, isQuietTime } from '../../../src/core/time/quiet-hours.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

describe('applyQuietHours', () => {
  const quiet = { start: '21:00', end: '07:00' };

  it('leaves daytime instants alone', () => {
    const at = vietnamInstant(2023, 6, 5, 16, 30);
    expect(applyQuietHours(at, quiet)).toEqual(at);
    expect(applyQuietHours(vietnamInstant(2023, 6, 5, 7, 0), quiet)).toEqual(vietnamInstant(2023, 6, 5, 7, 0));
  });

  it('moves a late-evening instant to 07:00 the next morning', () => {
    expect(applyQuietHours(vietnamInstant(2023, 6, 5, 21, 0), quiet)).toEqual(vietnamInstant(2023, 6, 6, 7, 0));
    expect(applyQuietHours(vietnamInstant(2023, 6, 30, 23, 59), quiet)).toEqual(vietnamInstant(2023, 7, 1, 7, 0));
  });

  it('moves an early-morning instant to 07:00 the same day', () => {
    expect(applyQuietHours(vietnamInstant(2023, 6, 6, 0, 15), quiet)).toEqual(vietnamInstant(2023, 6, 6, 7, 0));
    expect(applyQuietHours(vietnamInstant(2023, 6, 6, 6, 59), quiet)).toEqual(vietnamInstant(2023, 6, 6, 7, 0));
  });

  it('handles a window that does not wrap midnight', () => {
    const lunch = { start: '11:30', end: '13:30' };
    expect(isQuietTime(vietnamInstant(2023, 6, 6, 12, 0), lunch)).toBe(true);
    expect(applyQuietHours(vietnamInstant(2023, 6, 6, 12, 0), lunch)).toEqual(vietnamInstant(2023, 6, 6, 13, 30));
    expect(isQuietTime(vietnamInstant(2023, 6, 6, 22, 0), lunch)).toBe(false);
  });
});
