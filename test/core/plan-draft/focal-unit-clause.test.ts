import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 32 of the drafter): "…; Phòng X là đầu mối theo dõi, tổng hợp, báo cáo … trước ngày D" after
// another unit's duty is the focal unit's dated duty, not the date of the duty before it.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 94/KH-UBND',
    'Bình Lâm, ngày 26 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Tháng hành động an toàn lao động năm 2029',
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kinh tế huyện kiểm tra an toàn lao động tại các cơ sở sản xuất; Phòng Nội vụ huyện là đầu mối theo dõi, tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả thực hiện trước ngày 20/12/2029.',
  ].join('\n'),
);

describe('a clause that opens with a unit and its focal role', () => {
  it('is that unit’s dated duty', () => {
    const { by, name } = helpers(draft);
    const report = by('là đầu mối theo dõi');
    expect(name(report?.lead)).toBe('Phòng Nội vụ huyện Bình Lâm');
    expect(report?.deadline?.due).toBe('2029-12-19');
  });

  it('leaves the duty before it undated', () => {
    const { by, name } = helpers(draft);
    expect(name(by('kiểm tra an toàn lao động')?.lead)).toBe('Phòng Kinh tế huyện Bình Lâm');
    expect(by('kiểm tra an toàn lao động')?.deadline).toBeUndefined();
  });
});
