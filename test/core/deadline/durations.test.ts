import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { expectNone, expectPeriod, SEED_CTX } from './expect-reading.ts';

describe('a length of time counted from a date', () => {
  it('reads "6 tháng, kể từ ngày 01/3/2023" as 01/03 to the end of 31/08/2023', () => {
    const r = parseDeadline('6 tháng, kể từ ngày 01/3/2023', SEED_CTX);
    expectPeriod(r, '2023-03-01', '2023-08-31');
    expect(r.reading).toContain('31/08/2023');
  });

  it('counts days and weeks inclusively and months to the end of a short month', () => {
    expectPeriod(parseDeadline('trong 30 ngày kể từ ngày 1/3/2023', SEED_CTX), '2023-03-01', '2023-03-30');
    expectPeriod(parseDeadline('2 tuần kể từ ngày 06/3/2023', SEED_CTX), '2023-03-06', '2023-03-19');
    expectPeriod(parseDeadline('1 tháng kể từ ngày 31/01/2023', SEED_CTX), '2023-01-31', '2023-02-28');
    expectPeriod(parseDeadline('sau thang ke tu ngay 01/3/2023', SEED_CTX), '2023-03-01', '2023-08-31');
  });

  it('does not invent a date for "3 tháng kể từ ngày ký"', () => {
    const r = parseDeadline('3 tháng kể từ ngày ký', SEED_CTX);
    expectNone(r, 'unrecognised');
    expect(r.reading).toContain('chưa có ngày cụ thể');
  });
});

describe('a length of time without a start', () => {
  it('is not a deadline without an anchor', () => {
    const r = parseDeadline('khoảng 3 tháng', SEED_CTX);
    expectNone(r, 'unrecognised');
    expect(r.reading).toContain('khoảng 3 tháng');
    expectNone(parseDeadline('thời gian khoảng 3 tháng', SEED_CTX), 'unrecognised');
  });

  it('becomes an approximate period from the anchor the caller gives', () => {
    const r = parseDeadline('thời gian khoảng 3 tháng', { ...SEED_CTX, anchor: '2023-03-01' });
    expectPeriod(r, '2023-03-01', '2023-05-31');
    expect(r.kind === 'period' && r.approximate).toBe(true);
    expect(r.reading).toContain('khoảng');
  });

  it('is exact when the text is exact ("trong 3 tháng")', () => {
    const r = parseDeadline('trong 3 tháng', { ...SEED_CTX, anchor: '2023-03-01' });
    expectPeriod(r, '2023-03-01', '2023-05-31');
    expect(r.kind === 'period' && r.approximate).toBeFalsy();
  });
});
