import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): a duty to fund the plan "trong dự toán năm …" names the budget, not a due date.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN',
    'Số: 09/KH-UBND',
    'Đông Sơn, ngày 08 tháng 1 năm 2031',
    'KẾ HOẠCH',
    'Phát triển thư viện số',
    'I. TỔ CHỨC THỰC HIỆN',
    '1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2031 và năm 2032 của các đơn vị.',
    '2. Sở Văn hóa, Thể thao và Du lịch lập danh mục tài liệu cần số hóa trong năm 2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('the years of a budget', () => {
  it('are no deadline', () => {
    expect(task('kinh phí thực hiện')).toBeDefined();
    expect(task('kinh phí thực hiện')?.deadline?.due).toBeUndefined();
  });

  it('leave a year of the duty itself read', () => {
    expect(task('danh mục')?.deadline?.due).toBe('2031-12-31');
  });
});
