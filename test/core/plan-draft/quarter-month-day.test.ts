import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 31 of the drafter): a day of the first or last month of each quarter.

const draft = draftPlan(
  [
    'ĐẢNG ỦY XÃ BÌNH AN',
    'Số: 15-KH/ĐU',
    'Bình An, ngày 10 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Công tác văn phòng cấp ủy năm 2029',
    'II. NHIỆM VỤ',
    '1. Văn phòng Đảng ủy xã',
    '- Thu, nộp đảng phí của các chi bộ về Huyện ủy trước ngày 10 tháng đầu quý.',
    '- Báo cáo tình hình tư tưởng về Ban Tuyên giáo Huyện ủy trước ngày 05 hằng tháng cuối quý.',
    '- Báo cáo kết quả công tác quý trước ngày 10 tháng đầu quý sau.',
  ].join('\n'),
);

const recurrenceOf = (words: string) => draft.tasks.find((t) => t.source.includes(words))?.deadline?.recurrence;

describe('a day of one month of each quarter', () => {
  it('is a quarterly duty ("tháng đầu quý": due after the quarter it covers, as "tháng đầu của mỗi quý")', () => {
    expect(recurrenceOf('đảng phí')).toMatchObject({ frequency: 'quarterly', afterPeriod: true });
    expect(recurrenceOf('tình hình tư tưởng')).toMatchObject({ frequency: 'quarterly', dayOfPeriod: 5 });
  });

  it('but "tháng đầu quý sau" is still due after the quarter it reports on', () => {
    expect(recurrenceOf('công tác quý')).toMatchObject({ frequency: 'quarterly', afterPeriod: true });
  });
});
