import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): duties that recur each week or month for a stated stretch of time.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 52/KH-UBND',
    'Hòa Vân, ngày 10 tháng 4 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống sốt xuất huyết năm 2031',
    'II. NHIỆM VỤ',
    '1. Sở Y tế',
    '- Tổng hợp số ca mắc, báo cáo UBND tỉnh vào thứ Sáu hằng tuần, đến hết tháng 11/2031.',
    '- Tổ chức chiến dịch diệt lăng quăng, hoàn thành trước ngày 30/6/2031.',
    '2. Báo và Phát thanh, Truyền hình Hòa Vân',
    '- Phát bản tin phòng bệnh vào tối Chủ nhật hằng tuần từ tháng 5 đến tháng 10/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a weekly duty with the stretch it recurs over', () => {
  it('is weekly, not due at the stretch’s end', () => {
    expect(task('Tổng hợp số ca mắc')?.deadline?.recurrence?.frequency).toBe('weekly');
    expect(task('Phát bản tin phòng bệnh')?.deadline?.recurrence?.frequency).toBe('weekly');
  });

  it('leaves a one-off duty’s date alone', () => {
    expect(['2031-06-29', '2031-06-30']).toContain(task('diệt lăng quăng')?.deadline?.due);
  });
});
