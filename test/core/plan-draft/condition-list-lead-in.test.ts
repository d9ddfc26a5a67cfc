import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 37 of the drafter): dash lines under "… các điều kiện … sau:" or "… một trong các trường hợp
// sau:" are the conditions or cases the lead-in applies to, not duties; the lead-in is the duty when it names one.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH BÌNH LỘC',
    'Số: 12/CĐ-UBND',
    'Bình Lộc, ngày 05 tháng 5 năm 2031',
    'CÔNG ĐIỆN',
    'Về phòng, chống ngộ độc thực phẩm trong mùa hè năm 2031',
    '1. Các bếp ăn tập thể phải đáp ứng các điều kiện bảo đảm an toàn thực phẩm sau:',
    '- Có hợp đồng mua nguyên liệu với cơ sở rõ nguồn gốc;',
    '- Lưu mẫu thức ăn đủ 24 giờ;',
    '- Người chế biến được khám sức khỏe định kỳ.',
    '2. Sở Y tế kiểm tra các bếp ăn tập thể tại khu công nghiệp, hoàn thành trước ngày 30/6/2031.',
    '3. Trung tâm Kiểm soát bệnh tật tỉnh báo cáo ngay về Sở Y tế trong vòng 12 giờ khi xảy ra một trong các trường hợp sau:',
    '- Vụ ngộ độc có từ 30 người mắc trở lên;',
    '- Vụ ngộ độc có người tử vong.',
    'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện.',
  ].join('\n'),
);

describe('a list of conditions or cases under its lead-in', () => {
  it('drafts no task from the conditions or cases', () => {
    expect(draft.tasks.filter((t) => /hợp đồng mua|Lưu mẫu|khám sức khỏe|30 người|tử vong/u.test(t.title))).toEqual([]);
  });

  it('keeps the lead-in that names a duty as one task, with its unit', () => {
    const report = draft.tasks.find((t) => t.title.includes('12 giờ'));
    expect(draft.units.find((u) => u.code === report?.lead)?.name).toBe('Trung tâm Kiểm soát bệnh tật tỉnh Bình Lộc');
    expect(draft.tasks.some((t) => t.title.includes('kiểm tra các bếp ăn') || t.title.includes('Kiểm tra các bếp ăn'))).toBe(true);
  });
});
