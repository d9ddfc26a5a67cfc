import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 40 of the drafter): a directive's numbered points "N. Yêu cầu Giám đốc Sở X:" over a) b)
// items. The heading asks the unit's head, so it leads the items; it is no "Yêu cầu" section of aims.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ AN',
    'Số: 05/CT-UBND',
    'Hà An, ngày 10 tháng 02 năm 2029',
    'CHỈ THỊ',
    'Về tăng cường quản lý khai thác cát',
    'Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
    '1. Yêu cầu Giám đốc Sở Xây dựng:',
    'a) Kiểm tra các bến bãi tập kết vật liệu xây dựng, chậm nhất ngày 20/3/2029.',
    'b) Chậm nhất ngày 30/4/2029, trình UBND tỉnh quy hoạch bến bãi.',
    '2. Yêu cầu Thủ trưởng các sở, ngành tỉnh:',
    'a) Công khai quy trình cấp phép trên trang thông tin điện tử của đơn vị.',
    '3. Yêu cầu Chánh Văn phòng UBND tỉnh:',
    'a) Theo dõi việc cấp phép khai thác cát, hằng quý tổng hợp báo cáo Chủ tịch UBND tỉnh.',
  ].join('\n'),
);

describe('"N. Yêu cầu Giám đốc Sở X:" over lettered items', () => {
  it('drafts the items, led by the unit asked', () => {
    const { by, name } = helpers(draft);
    expect(name(by('bến bãi tập kết')?.lead)).toBe('Sở Xây dựng');
    expect(by('bến bãi tập kết')?.deadline).toMatchObject({ kind: 'due', due: '2029-03-20' });
    expect(name(by('quy hoạch bến bãi')?.lead)).toBe('Sở Xây dựng');
    expect(by('Công khai quy trình cấp phép')?.lead).toBeDefined();
  });

  it('reads "Chánh Văn phòng X" as the office it heads', () => {
    const { by, name } = helpers(draft);
    expect(name(by('cấp phép khai thác cát')?.lead)).toMatch(/^Văn phòng UBND tỉnh/u);
  });
});
