import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 43 of the drafter): the closing report of problems is followed, in the same paragraph, by the
// head's request to carry the plan out; the report stays a duty, the request is none.

const plan = draftPlan(
  [
    'UBND TỈNH BẮC HÀ',
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'Số: 231/KH-SVHTTDL',
    'Bắc Hà, ngày 12 tháng 5 năm 2031',
    'KẾ HOẠCH',
    'Kiểm kê di tích năm 2031',
    'II. NHIỆM VỤ',
    '1. Phòng Quản lý di sản lập danh mục di tích cần kiểm kê trước ngày 30/6/2031.',
    '2. Bảo tàng tỉnh chụp ảnh, đo vẽ hiện trạng các di tích trong quý III/2031.',
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo về Sở (qua Văn phòng Sở) để được hướng dẫn. Giám đốc Sở yêu cầu Trưởng các phòng, Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện.',
  ].join('\n'),
);

describe('the closing report of problems, then the request', () => {
  it('keeps the report as a task and drafts the request as none', () => {
    expect(plan.tasks.some((t) => /báo cáo về Sở/iu.test(t.title))).toBe(true);
    expect(plan.tasks.some((t) => /nghiêm túc triển khai/u.test(t.title))).toBe(false);
    expect(plan.tasks).toHaveLength(3);
  });
});
