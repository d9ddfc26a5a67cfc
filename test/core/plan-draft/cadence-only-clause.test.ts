import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): a clause that only says how often the work before it is done ("…;
// thực hiện thường xuyên", "…; thực hiện liên tục, kể cả ngày lễ") stays with that work, no duty of its own.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'THỊ TRẤN HÒA LẠC',
    'Số: 88/KH-UBND',
    'Hòa Lạc, ngày 14 tháng 9 năm 2029',
    'KẾ HOẠCH',
    'Bảo đảm trật tự an toàn giao thông năm 2029',
    'II. NHIỆM VỤ',
    '1. Công an thị trấn:',
    '- Tuần tra, xử lý xe tải chở quá tải trọng trên tuyến tỉnh lộ; thực hiện thường xuyên.',
    '- Chốt chặn tại các nút giao thông trước cổng trường học giờ tan trường; thực hiện liên tục, kể cả ngày lễ.',
    '2. Đài Truyền thanh thị trấn: phát tin tuyên truyền an toàn giao thông; thực hiện hằng ngày.',
  ].join('\n'),
);

describe('a clause that only says how often', () => {
  it('is no duty of its own', () => {
    const titles = draft.tasks.map((t) => t.title);
    expect(titles).toHaveLength(3);
    expect(titles.some((t) => /^Thực hiện (?:thường xuyên|liên tục|hằng ngày)/u.test(t))).toBe(false);
  });

  it('stays with the work before it', () => {
    expect(draft.tasks.find((t) => t.title.startsWith('Tuần tra'))?.deadline).toBeUndefined();
  });
});
