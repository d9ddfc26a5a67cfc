import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { expectDue, expectPeriod, SEED_CTX } from './expect-reading.ts';

describe('months', () => {
  it('reads "trong tháng 12/2023" as the whole month, due at its end', () => {
    const r = parseDeadline('trong tháng 12/2023', SEED_CTX);
    expectPeriod(r, '2023-12-01', '2023-12-31');
    expect(r.reading).toContain('cả tháng 12/2023');
  });

  it('accepts "tháng 12 năm 2023", "tháng 2-2024" and no diacritics', () => {
    expectPeriod(parseDeadline('trong tháng 12 năm 2023', SEED_CTX), '2023-12-01', '2023-12-31');
    expectPeriod(parseDeadline('trong thang 2-2024', SEED_CTX), '2024-02-01', '2024-02-29');
  });

  it('resolves a month without a year from the document date, rolling over when long past', () => {
    expectPeriod(parseDeadline('trong tháng 12', SEED_CTX), '2023-12-01', '2023-12-31');
    const r = parseDeadline('trong tháng 1', { documentDate: '2023-11-20' });
    expectPeriod(r, '2024-01-01', '2024-01-31');
    expect(r.reading).toContain('2024');
  });

  it('reads "hết tháng" as due at the end of the month and "trước tháng" as before it starts', () => {
    expectDue(parseDeadline('hết tháng 6/2023', SEED_CTX), '2023-06-30');
    expectDue(parseDeadline('trước tháng 6/2023', SEED_CTX), '2023-05-31');
  });

  it('reads a range of months', () => {
    expectPeriod(parseDeadline('từ tháng 3 đến tháng 8/2023', SEED_CTX), '2023-03-01', '2023-08-31');
  });
});

describe('quarters and half years', () => {
  it('reads roman and arabic quarters', () => {
    expectPeriod(parseDeadline('trong quý II/2023', SEED_CTX), '2023-04-01', '2023-06-30');
    expectPeriod(parseDeadline('quy 3/2023', SEED_CTX), '2023-07-01', '2023-09-30');
    expectPeriod(parseDeadline('trong quý IV năm 2023', SEED_CTX), '2023-10-01', '2023-12-31');
    expectPeriod(parseDeadline('quý I', SEED_CTX), '2023-01-01', '2023-03-31');
  });

  it('reads "6 tháng đầu năm" / "6 tháng cuối năm" with or without a year', () => {
    expectPeriod(parseDeadline('6 tháng đầu năm', SEED_CTX), '2023-01-01', '2023-06-30');
    expectPeriod(parseDeadline('6 tháng đầu năm 2024', SEED_CTX), '2024-01-01', '2024-06-30');
    expectPeriod(parseDeadline('sáu tháng cuối năm', SEED_CTX), '2023-07-01', '2023-12-31');
  });
});

describe('years', () => {
  it('reads "trong năm 2023" and "năm 2023" as the whole year', () => {
    expectPeriod(parseDeadline('trong năm 2023', SEED_CTX), '2023-01-01', '2023-12-31');
    expectPeriod(parseDeadline('năm 2023', SEED_CTX), '2023-01-01', '2023-12-31');
  });

  it('reads year ranges in all their spellings', () => {
    expectPeriod(parseDeadline('từ năm 2021 đến hết năm 2025', SEED_CTX), '2021-01-01', '2025-12-31');
    expectPeriod(parseDeadline('giai đoạn 2021 - 2025', SEED_CTX), '2021-01-01', '2025-12-31');
    expectPeriod(parseDeadline('giai đoạn 2021–2025', SEED_CTX), '2021-01-01', '2025-12-31');
    expectPeriod(parseDeadline('giai doan 2021-2025', SEED_CTX), '2021-01-01', '2025-12-31');
  });

  it('reads "cuối năm" as an approximate due date on 31/12', () => {
    const r = parseDeadline('cuối năm', SEED_CTX);
    expectDue(r, '2023-12-31');
    expect(r.kind === 'due' && r.approximate).toBe(true);
    expect(r.reading).toContain('gần đúng');
    expectDue(parseDeadline('cuối năm 2024', SEED_CTX), '2024-12-31');
  });

  it('reads "trong năm tiếp theo" as the year after the document', () => {
    expectPeriod(parseDeadline('trong năm tiếp theo', SEED_CTX), '2024-01-01', '2024-12-31');
  });
});

describe('date ranges', () => {
  it('reads "từ ngày … đến ngày …"', () => {
    const r = parseDeadline('từ ngày 01/3/2023 đến ngày 31/8/2023', SEED_CTX);
    expectPeriod(r, '2023-03-01', '2023-08-31');
  });

  it('takes a missing start year from the end date', () => {
    expectPeriod(parseDeadline('từ 01/3 đến 31/8/2023', SEED_CTX), '2023-03-01', '2023-08-31');
    expectPeriod(parseDeadline('tu ngay 15/12 den ngay 15/01/2024', SEED_CTX), '2023-12-15', '2024-01-15');
    expectPeriod(parseDeadline('từ 01-3-2023 đến 31-8-2023', SEED_CTX), '2023-03-01', '2023-08-31');
  });
});

describe('two full dates joined by a dash', () => {
  it('reads "15/12/2024 - 15/01/2025" (no "từ") as the span between them, not a due day', () => {
    expectPeriod(parseDeadline('15/12/2024 - 15/01/2025', SEED_CTX), '2024-12-15', '2025-01-15');
    expectPeriod(parseDeadline('(chuẩn bị): 02/5/2028 – 31/5/2028;', SEED_CTX), '2028-05-02', '2028-05-31');
  });
});
