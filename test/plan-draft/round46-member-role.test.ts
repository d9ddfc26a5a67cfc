import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): a commune's steering committee gives each member's work under a heading
// "N. Đồng chí <name>, <post>, <role in the committee>:" (the role after the post, a rank before some names).

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN XÃ BÌNH SƠN',
    'BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI',
    'Số: 07/QĐ-BCĐ',
    'Bình Sơn, ngày 04 tháng 5 năm 2031',
    'QUYẾT ĐỊNH',
    'Phân công nhiệm vụ thành viên Ban Chỉ đạo',
    'Điều 1. Phân công nhiệm vụ các thành viên như sau:',
    '1. Đồng chí Mai Văn Khánh, Trưởng phòng Kinh tế, Ủy viên Thường trực:',
    '- Rà soát các điểm sạt lở ven sông, báo cáo Trưởng ban trước ngày 30/5/2031.',
    '2. Đồng chí Trung tá Đỗ Văn Nam, Chỉ huy trưởng Ban Chỉ huy quân sự xã, Ủy viên:',
    '- Xây dựng phương án huy động dân quân ứng cứu khi có lũ, xong trong tháng 6/2031.',
    '3. Đồng chí Lê Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã, Thành viên:',
    '- Vận động hội viên gia cố nhà cửa trước mùa mưa bão.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('a member heading with the member’s role in the committee after the post', () => {
  it('gives the member’s duties to the body the post heads, not to the role', () => {
    expect(unit(task('sạt lở')?.lead)).toMatch(/^Phòng Kinh tế/);
    expect(unit(task('dân quân')?.lead)).toMatch(/^Ban Chỉ huy quân sự xã/i);
    expect(unit(task('gia cố')?.lead)).toMatch(/^Hội Liên hiệp Phụ nữ xã/);
  });

  it('makes no unit of a person or of a committee role', () => {
    expect(draft.units.some((u) => /Khánh|Đỗ Văn Nam|Lê Thị Thu|Ủy viên|Trung tá/.test(u.name))).toBe(false);
  });
});
