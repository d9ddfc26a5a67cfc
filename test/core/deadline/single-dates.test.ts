import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { expectDue, expectNone, SEED_CTX } from './expect-reading.ts';

describe('a single due date', () => {
  it('reads "hoàn thành trong ngày" as the end of that local day (Asia/Ho_Chi_Minh)', () => {
    const r = parseDeadline('hoàn thành trong ngày 28/02/2023', SEED_CTX);
    expectDue(r, '2023-02-28');
    if (r.kind === 'due') {
      expect(r.due.toISOString()).toBe('2023-02-28T16:59:59.999Z');
      expect(r.matched).toBe('hoàn thành trong ngày 28/02/2023');
      expect(r.reading).toContain('hết ngày 28/02/2023');
    }
  });

  it('reads text without diacritics and in capitals the same way', () => {
    expectDue(parseDeadline('hoan thanh trong ngay 28/02/2023', SEED_CTX), '2023-02-28');
    expectDue(parseDeadline('HOÀN THÀNH TRƯỚC NGÀY 15/12/2023', SEED_CTX), '2023-12-14');
    expectDue(parseDeadline('truoc ngay 15/12/2023', SEED_CTX), '2023-12-14');
  });

  it('reads decomposed Unicode (another keyboard) the same way', () => {
    expectDue(parseDeadline('trước ngày 15/12/2023'.normalize('NFD'), SEED_CTX), '2023-12-14');
  });

  it('reads single-digit days and months and the -, . separators', () => {
    expectDue(parseDeadline('trước ngày 5/1/2024', SEED_CTX), '2024-01-04');
    expectDue(parseDeadline('hoàn thành trước 15-12-2023', SEED_CTX), '2023-12-14');
    expectDue(parseDeadline('trước ngày 15.12.2023', SEED_CTX), '2023-12-14');
    expectDue(parseDeadline('chậm nhất ngày 1/3/2023', SEED_CTX), '2023-03-01');
  });

  it('reads the spelled-out "ngày 27 tháng 02 năm 2023" style', () => {
    expectDue(parseDeadline('hoàn thành trước ngày 27 tháng 3 năm 2023', SEED_CTX), '2023-03-26');
    expectDue(parseDeadline('ngay 5 thang 4 nam 2023', SEED_CTX), '2023-04-05');
  });

  describe('"trước ngày D" boundary', () => {
    it('is strict by default: due at the end of the day before', () => {
      const r = parseDeadline('trước ngày 15/12/2023', SEED_CTX);
      expectDue(r, '2023-12-14');
      expect(r.reading).toContain('Hạn: hết ngày 14/12/2023');
      expect(r.reading).toContain('"trước ngày 15/12/2023"');
    });

    it('is the end of the day itself when configured inclusive', () => {
      const r = parseDeadline('trước ngày 15/12/2023', { ...SEED_CTX, beforeBoundary: 'inclusive' });
      expectDue(r, '2023-12-15');
      expect(r.reading).toContain('gồm ngày ghi');
    });

    it('does not move deadlines that are not "trước"', () => {
      const inclusive = { ...SEED_CTX, beforeBoundary: 'inclusive' as const };
      expectDue(parseDeadline('hoàn thành trong ngày 28/02/2023', inclusive), '2023-02-28');
      expectDue(parseDeadline('hạn chót ngày 10/3/2023', SEED_CTX), '2023-03-10');
    });

    it('crosses a month and a year boundary', () => {
      expectDue(parseDeadline('trước ngày 01/01/2024', SEED_CTX), '2023-12-31');
      expectDue(parseDeadline('trước ngày 1/3/2024', SEED_CTX), '2024-02-29');
    });
  });

  describe('a day and month without a year', () => {
    it('takes the year of the document', () => {
      const r = parseDeadline('trước ngày 15/12', SEED_CTX);
      expectDue(r, '2023-12-14');
      expect(r.reading).toContain('năm của văn bản');
      expectDue(parseDeadline('ngày 28/02', SEED_CTX), '2023-02-28');
    });

    it('takes the next year when the date is over a month before the document date, and says so', () => {
      const r = parseDeadline('trước ngày 15/01', SEED_CTX);
      expectDue(r, '2024-01-14');
      expect(r.reading).toContain('lấy năm 2024');
    });

    it('keeps the year for a date a few days before the document date', () => {
      expectDue(parseDeadline('ngày 20/02', SEED_CTX), '2023-02-20');
    });
  });

  describe('dates that do not exist', () => {
    it('are never turned into another date', () => {
      expectNone(parseDeadline('31/02/2023', SEED_CTX), 'unrecognised');
      expectNone(parseDeadline('hoàn thành trước ngày 31/02/2023', SEED_CTX), 'unrecognised');
      expectNone(parseDeadline('ngày 29/02/2023', SEED_CTX), 'unrecognised');
      expectNone(parseDeadline('ngày 12/13/2023', SEED_CTX), 'unrecognised');
    });

    it('say why in the reading', () => {
      expect(parseDeadline('trước ngày 31/02/2023', SEED_CTX).reading).toContain('không phải ngày có thật');
    });
  });

  it('does not read numbers such as "1.5 triệu" or "1/2 số hộ" as dates', () => {
    expectNone(parseDeadline('hỗ trợ 1.5 triệu đồng cho 1/2 số hộ', SEED_CTX), 'unrecognised');
  });

  it('rejects a malformed document date', () => {
    expect(() => parseDeadline('trước ngày 15/12', { documentDate: '27/02/2023' })).toThrow(/documentDate/);
  });
});
