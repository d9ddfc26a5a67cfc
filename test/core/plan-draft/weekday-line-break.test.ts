import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): a line pasted from a PDF that breaks after "thứ" or "vào" goes on with
// the next line, though that line starts with a capital ("Bảy hằng tuần", "Chủ nhật …").

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 92/KH-UBND',
    'Bình Lâm, ngày 24 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Vệ sinh môi trường năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ủy ban nhân dân các xã, thị trấn:',
    '- Huy động đoàn viên, hội viên ra quân vệ sinh môi trường vào sáng thứ',
    'Bảy hằng tuần.',
    '- Tổ chức tổng vệ sinh các chợ vào',
    'Chủ nhật cuối tháng.',
  ].join('\n'),
);

describe('a line broken after "thứ" or "vào"', () => {
  it('joins the next line', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([
      'Huy động đoàn viên, hội viên ra quân vệ sinh môi trường vào sáng thứ Bảy hằng tuần',
      'Tổ chức tổng vệ sinh các chợ vào Chủ nhật cuối tháng',
    ]);
    expect(draft.tasks[0]?.deadline?.recurrence?.frequency).toBe('weekly');
  });
});
