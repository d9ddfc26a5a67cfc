import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import type { DeadlineReading, Recurrence } from '../../../src/core/deadline/types.ts';
import { SEED_CTX } from './expect-reading.ts';

function recurrenceOf(r: DeadlineReading): Recurrence | undefined {
  expect(r.kind, r.reading).toBe('recurrence');
  return r.kind === 'recurrence' ? r.recurrence : undefined;
}

describe('recurrence', () => {
  it.each([
    ['hằng tháng', 'monthly'],
    ['hàng tháng', 'monthly'],
    ['hang thang', 'monthly'],
    ['hằng quý', 'quarterly'],
    ['hàng quý', 'quarterly'],
    ['định kỳ 6 tháng', 'half_yearly'],
    ['dinh ky sau thang', 'half_yearly'],
    ['hằng năm', 'yearly'],
    ['hằng tuần', 'weekly'],
    ['mỗi quý', 'quarterly'],
    ['3 tháng một lần', 'quarterly'],
    ['01 lần/quý', 'quarterly'],
    ['1 lần/tháng', 'monthly'],
    ['một lần mỗi năm', 'yearly'],
    ['2 lần/năm', 'half_yearly'],
    ['02 lần/tuần', 'weekly'],
    ['03 buổi/tuần', 'weekly'],
    ['02 đợt/tháng', 'monthly'],
  ])('"%s" is %s', (phrase, frequency) => {
    expect(recurrenceOf(parseDeadline(phrase, SEED_CTX))?.frequency).toBe(frequency);
  });

  it('keeps "02 kỳ/tháng" (issues of a bulletin) from being a cadence', () => {
    expect(parseDeadline('02 kỳ/tháng', SEED_CTX).kind).not.toBe('recurrence');
  });

  it('reads "trước ngày 20 hằng tháng" with the strict boundary: due the 19th', () => {
    const r = parseDeadline('trước ngày 20 hằng tháng', SEED_CTX);
    expect(recurrenceOf(r)).toEqual({ frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 });
    expect(r.reading).toContain('hết ngày 19');
  });

  it('reads the same with "hàng tháng", without diacritics and inside "định kỳ … (trước ngày 20)"', () => {
    expect(recurrenceOf(parseDeadline('trước ngày 20 hàng tháng', SEED_CTX))).toMatchObject({ dayOfPeriod: 20, dueDay: 19 });
    expect(recurrenceOf(parseDeadline('truoc ngay 20 hang thang', SEED_CTX))).toMatchObject({ dayOfPeriod: 20 });
    expect(recurrenceOf(parseDeadline('định kỳ hằng tháng (trước ngày 20)', SEED_CTX))).toEqual({
      frequency: 'monthly',
      dayOfPeriod: 20,
      dueDay: 19,
    });
  });

  it('applies the inclusive boundary when configured', () => {
    const r = parseDeadline('trước ngày 20 hằng tháng', { ...SEED_CTX, beforeBoundary: 'inclusive' });
    expect(recurrenceOf(r)).toMatchObject({ dayOfPeriod: 20, dueDay: 20 });
  });

  it('keeps a day given without "trước" as the due day', () => {
    expect(recurrenceOf(parseDeadline('vào ngày 25 hằng tháng', SEED_CTX))).toMatchObject({ dayOfPeriod: 25, dueDay: 25 });
  });

  it('is bounded by a period stated in the same sentence', () => {
    const r = parseDeadline('Báo cáo hằng quý trong năm 2023', SEED_CTX);
    expect(recurrenceOf(r)).toEqual({ frequency: 'quarterly', from: '2023-01-01', until: '2023-12-31' });
  });

  it('reads a day of the month of each year', () => {
    expect(recurrenceOf(parseDeadline('trước ngày 30/4 hằng năm', SEED_CTX))).toEqual({
      frequency: 'yearly',
      dayOfPeriod: 30,
      dueDay: 29,
      monthOfYear: 4,
    });
  });

  it('finds the day a few words after "định kỳ hằng tháng"', () => {
    const r = parseDeadline('Định kỳ hằng tháng báo cáo kết quả trước ngày 20 về Thường trực Ban Chỉ đạo.', SEED_CTX);
    expect(recurrenceOf(r)).toMatchObject({ frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 });
  });

  it('finds the day after a long recipient: "hằng tháng báo cáo tình hình về Phòng … huyện trước ngày 25"', () => {
    const r = parseDeadline('hằng tháng báo cáo tình hình về Phòng Văn hóa, Khoa học và Thông tin huyện trước ngày 25.', SEED_CTX);
    expect(recurrenceOf(r)).toMatchObject({ frequency: 'monthly', dayOfPeriod: 25, dueDay: 24 });
  });

  it('keeps the day that ends the sentence: "định kỳ hằng tháng trước ngày 25."', () => {
    const r = parseDeadline('Tổng hợp kết quả, báo cáo Chủ tịch UBND phường định kỳ hằng tháng trước ngày 25.', SEED_CTX);
    expect(recurrenceOf(r)).toMatchObject({ frequency: 'monthly', dayOfPeriod: 25, dueDay: 24 });
    expect(recurrenceOf(parseDeadline('trình Giám đốc Sở hằng tháng, chậm nhất ngày 25.', SEED_CTX))).toMatchObject({ dayOfPeriod: 25, dueDay: 25 });
  });

  it('reads "trước ngày 05 của tháng sau" and "tháng kế tiếp" as monthly, due early in the next month', () => {
    const long = 'Định kỳ hằng tháng tổng hợp tình hình thu, chi ngân sách địa phương, báo cáo Ủy ban nhân dân tỉnh trước ngày 05 của tháng sau.';
    expect(recurrenceOf(parseDeadline(long, SEED_CTX))).toMatchObject({ frequency: 'monthly', dayOfPeriod: 5, dueDay: 4 });
    expect(recurrenceOf(parseDeadline('Cập nhật số liệu trước ngày 03 tháng kế tiếp', SEED_CTX))).toMatchObject({ frequency: 'monthly', dayOfPeriod: 3 });
  });

  it('still reads "ngày 20.6" as a date, not as a monthly day', () => {
    expect(parseDeadline('hằng tháng, trước ngày 20.6.2025', SEED_CTX).kind).not.toBe('recurrence');
  });

  it('does not read "cửa hàng năm 2023" (a shop) as yearly', () => {
    expect(parseDeadline('cửa hàng năm 2023', SEED_CTX).kind).not.toBe('recurrence');
  });
});

describe('a weekly cadence inside a span', () => {
  it('reads "vào thứ Sáu hằng tuần, từ ngày … đến hết ngày …" as weekly, bounded by the span', () => {
    const r = parseDeadline('báo cáo vào thứ Sáu hằng tuần, từ ngày 16/12/2024 đến hết ngày 14/02/2025', SEED_CTX);
    const rec = recurrenceOf(r);
    expect(rec?.frequency).toBe('weekly');
    expect([rec?.from, rec?.until]).toEqual(['2024-12-16', '2025-02-14']);
  });

  it('keeps the span when the cadence is in another clause or the span is a deadline', () => {
    expect(parseDeadline('ra quân từ ngày 15/6/2028 đến ngày 30/6/2028; báo cáo hằng tuần', SEED_CTX).kind).toBe('period');
    expect(parseDeadline('hoàn thành từ ngày 01/3/2024 đến ngày 30/3/2024, báo cáo hằng tuần', SEED_CTX).kind).toBe('period');
  });
});
