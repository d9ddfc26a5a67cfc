import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 31 of the drafter): the head of each body of a kind ("Tổ trưởng các tổ", "Trưởng ban quản lý
// các chợ") answers for those bodies.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 77/KH-UBND',
    'Bình Lâm, ngày 10 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Bảo đảm an toàn thực phẩm tại chợ năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Trưởng ban quản lý các chợ, trung tâm thương mại',
    '- Bố trí khu vực kinh doanh thực phẩm tươi sống riêng trước ngày 30/4/2029.',
    '2. Phòng Kinh tế và Hạ tầng huyện kiểm tra các chợ trong tháng 5/2029.',
    'III. CHẾ ĐỘ BÁO CÁO',
    'Tổ trưởng các tổ báo cáo kết quả về Phòng Kinh tế và Hạ tầng trước ngày 25 hằng tháng.',
  ].join('\n'),
);

describe('the head of each body of a kind', () => {
  it('leads for those bodies', () => {
    const { by, name } = helpers(draft);
    expect(name(by('thực phẩm tươi sống')?.lead)).toBe('Trưởng ban quản lý các chợ, trung tâm thương mại');
    expect(name(by('trước ngày 25 hằng tháng')?.lead)).toBe('Tổ trưởng các tổ');
  });
});
