import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, formatDateTimeVi, formatDateVi, localDateKey, TIME_ZONE, vietnamInstant } from '../../../src/core/time/zone.ts';

const zoned = (ms: number) => new TZDate(ms, TIME_ZONE);

describe('Vietnam time helpers', () => {
  it('agree with the zone database for every 7 hours of 2020–2030', () => {
    const start = Date.UTC(2020, 0, 1);
    const end = Date.UTC(2030, 11, 31);
    const step = 7 * 3_600_000 + 13 * 60_000;
    let mismatches = 0;
    for (let ms = start; ms < end; ms += step) {
      const z = zoned(ms);
      if (localDateKey(ms) !== format(z, 'yyyy-MM-dd')) mismatches++;
      if (formatDateVi(ms) !== format(z, 'dd/MM/yyyy')) mismatches++;
      if (formatDateTimeVi(ms) !== format(z, 'HH:mm dd/MM/yyyy')) mismatches++;
      const later = ms + 5 * 86_400_000 + 17 * 3_600_000;
      if (calendarDaysBetween(ms, later) !== differenceInCalendarDays(zoned(later), z)) mismatches++;
      const wall = [z.getFullYear(), z.getMonth() + 1, z.getDate(), z.getHours(), z.getMinutes()] as const;
      if (vietnamInstant(...wall).getTime() !== new TZDate(wall[0], wall[1] - 1, wall[2], wall[3], wall[4], TIME_ZONE).getTime()) mismatches++;
      // out-of-range fields roll over the same way (day 0 = last day of the month before, hour 24)
      if (vietnamInstant(wall[0], wall[1], 0, 24).getTime() !== new TZDate(wall[0], wall[1] - 1, 0, 24, 0, TIME_ZONE).getTime()) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('reads local midnight as the new day', () => {
    const midnight = vietnamInstant(2023, 2, 28, 0, 0);
    expect(midnight.toISOString()).toBe('2023-02-27T17:00:00.000Z');
    expect(localDateKey(midnight)).toBe('2023-02-28');
    expect(localDateKey(midnight.getTime() - 1)).toBe('2023-02-27');
    expect(formatDateTimeVi(vietnamInstant(2023, 12, 14, 23, 59))).toBe('23:59 14/12/2023');
    expect(calendarDaysBetween(vietnamInstant(2023, 2, 27, 23, 59), vietnamInstant(2023, 2, 28, 0, 1))).toBe(1);
    expect(calendarDaysBetween(vietnamInstant(2023, 3, 1, 8), vietnamInstant(2023, 2, 28, 8))).toBe(-1);
  });
});
