import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): a newspaper named by a province whose name starts like a surname ("Báo Hà
// Giang", "Báo Thái Bình") is a unit, not "báo" followed by a person's name; it leads the duty it opens.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ GIANG',
    'Số: 15/KH-UBND',
    'Hà Giang, ngày 12 tháng 02 năm 2034',
    'KẾ HOẠCH',
    'Tuyên truyền bảo vệ rừng năm 2034',
    'I. NHIỆM VỤ',
    '1. Báo Hà Giang mở chuyên mục "Giữ rừng xanh", đăng tải định kỳ hằng tháng.',
    '2. Sở Nông nghiệp và Môi trường tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2034.',
  ].join('\n'),
);

describe('a newspaper named by a province that looks like a person', () => {
  it('leads the duty it opens', () => {
    const task = draft.tasks.find((t) => t.source.includes('Giữ rừng xanh'));
    expect(draft.units.find((u) => u.code === task?.lead)?.name).toBe('Báo Hà Giang');
  });
});
