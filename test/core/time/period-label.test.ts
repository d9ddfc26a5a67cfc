import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../../src/core/time/period-label.ts';

describe('a recurring duty’s period as people write it', () => {
  it('reads each kind of period key in Vietnamese and English', () => {
    expect(periodLabel('2023-03', 'vi')).toBe('tháng 03/2023');
    expect(periodLabel('2023-Q4', 'vi')).toBe('quý IV/2023');
    expect(periodLabel('2023-H1', 'vi')).toBe('6 tháng đầu năm 2023');
    expect(periodLabel('2023-H2', 'vi')).toBe('6 tháng cuối năm 2023');
    expect(periodLabel('2023-W09', 'vi')).toBe('tuần 9/2023');
    expect(periodLabel('2024', 'vi')).toBe('năm 2024');
    expect(periodLabel('2023-03', 'en')).toBe('03/2023');
    expect(periodLabel('2023-Q4', 'en')).toBe('Q4 2023');
    expect(periodLabel('2023-W09', 'en')).toBe('week 9 of 2023');
  });

  it('leaves a key it does not know as it is', () => {
    expect(periodLabel('khác', 'vi')).toBe('khác');
  });
});
