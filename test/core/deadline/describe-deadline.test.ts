import { describe, expect, it } from 'vitest';
import { describeDeadline, parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { SEED_CTX } from './expect-reading.ts';

describe('describeDeadline', () => {
  it('summarises a due date in Vietnamese and English', () => {
    const r = parseDeadline('trước ngày 15/12/2023', SEED_CTX);
    expect(describeDeadline(r, 'vi')).toBe('Hạn: hết ngày 14/12/2023');
    expect(describeDeadline(r, 'en')).toBe('Due: end of 14/12/2023');
  });

  it('summarises periods, approximate ones and recurrences', () => {
    expect(describeDeadline(parseDeadline('trong tháng 12/2023', SEED_CTX), 'vi')).toBe('Thời gian: từ 01/12/2023 đến hết 31/12/2023');
    expect(describeDeadline(parseDeadline('cuối năm 2023', SEED_CTX), 'en')).toBe('Due: end of 31/12/2023 (approximate)');
    expect(describeDeadline(parseDeadline('trước ngày 20 hằng tháng', SEED_CTX), 'vi')).toBe('Định kỳ hằng tháng, hạn hết ngày 19 mỗi kỳ');
    expect(describeDeadline(parseDeadline('hằng quý', SEED_CTX), 'en')).toBe('Recurring quarterly');
  });

  it('says why there is no deadline', () => {
    expect(describeDeadline(parseDeadline('thường xuyên', SEED_CTX), 'vi')).toContain('thường xuyên');
    expect(describeDeadline(parseDeadline('kể từ ngày ký', SEED_CTX), 'en')).toContain('effective date');
  });

  it('states the reading in the result itself', () => {
    expect(parseDeadline('trước ngày 15/12/2023', SEED_CTX).reading).toBe(
      'Hạn: hết ngày 14/12/2023 ("trước ngày 15/12/2023" đọc là trước ngày đó, tức hết ngày 14/12/2023)',
    );
  });
});
