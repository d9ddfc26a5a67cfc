import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 18 of the drafter): a report regime of several cadences with one due day in the
// last month of each period ("tháng cuối kỳ báo cáo").

describe('several cadences sharing a due day in the last month of each period', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN AN LÃO',
      'Số: 7/KH-UBND',
      'An Lão, ngày 10 tháng 01 năm 2029',
      'KẾ HOẠCH',
      'Phòng, chống thiên tai năm 2029',
      'I. NHIỆM VỤ',
      '1. Các xã, thị trấn báo cáo công tác phòng, chống thiên tai định kỳ quý, 6 tháng, năm, gửi Phòng Nông nghiệp và Môi trường trước ngày 16 của tháng cuối kỳ báo cáo.',
      '2. Phòng Nông nghiệp và Môi trường báo cáo 6 tháng về tình hình đê điều trước ngày 16 của tháng cuối kỳ.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('reads the shortest cadence, the quarter, due on that day of its last month', () => {
    const recurrence = by('phòng, chống thiên tai định kỳ')?.deadline?.recurrence;
    expect(recurrence?.frequency).toBe('quarterly');
    // "trước ngày 16": due the 15th, a day of the period's last month (as occurrences count a quarterly day)
    expect(recurrence?.dueDay).toBe(15);
  });

  it('does not read a quarter where no quarterly cadence is written', () => {
    expect(by('tình hình đê điều')?.deadline?.recurrence?.frequency).not.toBe('quarterly');
  });
});
