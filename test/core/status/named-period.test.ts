import { describe, expect, it } from 'vitest';
import { namedPeriodIn } from '../../../src/core/status/named-period.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

const JULY = vietnamInstant(2023, 7, 6, 9, 0);

describe('the period a "done" of a recurring duty names', () => {
  it('reads a month for a monthly duty, the latest begun when no year is given', () => {
    expect(namedPeriodIn('@Điều phối BC-01 báo cáo tháng 6 xong rồi', 'monthly', JULY)).toBe('2023-06');
    expect(namedPeriodIn('tháng 12 đã nộp', 'monthly', JULY)).toBe('2022-12');
    expect(namedPeriodIn('báo cáo tháng 05/2023 xong', 'monthly', JULY)).toBe('2023-05');
    expect(namedPeriodIn('June report done', 'monthly', JULY)).toBe('2023-06');
    expect(namedPeriodIn('report for May 2023 done', 'monthly', JULY)).toBe('2023-05');
  });

  it('reads nothing where no period of the duty’s kind is named', () => {
    expect(namedPeriodIn('xong rồi anh, may quá', 'monthly', JULY)).toBeNull();
    expect(namedPeriodIn('6 tháng đầu năm xong', 'monthly', JULY)).toBeNull();
    expect(namedPeriodIn('quý 2 xong', 'monthly', JULY)).toBeNull();
    expect(namedPeriodIn('tháng 13 xong', 'monthly', JULY)).toBeNull();
  });

  it('reads a quarter for a quarterly duty', () => {
    expect(namedPeriodIn('quý 2 xong', 'quarterly', JULY)).toBe('2023-Q2');
    expect(namedPeriodIn('Quý IV/2022 đã báo cáo', 'quarterly', JULY)).toBe('2022-Q4');
    expect(namedPeriodIn('Q4 done', 'quarterly', JULY)).toBe('2022-Q4');
  });
});
