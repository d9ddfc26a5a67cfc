import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 29 of the drafter): a sentence saying where the duties are assigned.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ ĐÔNG SƠN',
    'Số: 05/KH-UBND',
    'Đông Sơn, ngày 08 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Chuyển đổi số năm 2029',
    'II. NHIỆM VỤ',
    'Các nhiệm vụ chuyển đổi số năm 2029 được giao tại Phụ lục kèm theo Kế hoạch này. Công chức Văn phòng - Thống kê xã cập nhật dữ liệu dân cư trước ngày 30/4/2029.',
  ].join('\n'),
);

describe('a sentence pointing at the appendix', () => {
  it('is no task, while the duty after it is', () => {
    expect(draft.tasks.some((t) => /Phụ lục/u.test(t.title))).toBe(false);
    expect(draft.tasks.find((t) => t.source.includes('cập nhật dữ liệu dân cư'))?.deadline?.due).toBe('2029-04-29');
  });
});
