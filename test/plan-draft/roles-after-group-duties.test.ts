import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): a province's plan lists each group's dash duties first and writes the
// group's "Cơ quan chủ trì", "Cơ quan phối hợp" and "Thời gian thực hiện" lines after them.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 31/KH-UBND',
    'Hòa Vân, ngày 20 tháng 01 năm 2031',
    'KẾ HOẠCH',
    'Nâng cao chất lượng nước sạch nông thôn năm 2031',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Kiểm tra chất lượng nước tại các công trình cấp nước tập trung',
    '- Lấy mẫu, xét nghiệm nước tại 40 công trình cấp nước, hoàn thành trong tháng 6/2031.',
    '- Công bố kết quả xét nghiệm trên trang thông tin điện tử của Sở.',
    'Cơ quan chủ trì: Sở Y tế.',
    'Cơ quan phối hợp: Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã.',
    'Thời gian thực hiện: quý III/2031.',
    '2. Sửa chữa công trình xuống cấp',
    '- Lập danh sách công trình cần sửa chữa, gửi Sở Tài chính trước ngày 15/3/2031.',
    '- Thi công sửa chữa các công trình được bố trí vốn.',
    'Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.',
    'Cơ quan phối hợp: Sở Xây dựng.',
    'Thời gian thực hiện: năm 2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name;

describe('role and time lines written after the duties of their group', () => {
  it('makes a task of each dash duty and none of the group titles or role lines', () => {
    expect(draft.tasks).toHaveLength(4);
    expect(task('Kiểm tra chất lượng nước')).toBeUndefined();
    expect(task('Sửa chữa công trình xuống cấp')).toBeUndefined();
  });

  it('gives each duty of a group the lead and support written under it', () => {
    expect(unit(task('Lấy mẫu')?.lead)).toBe('Sở Y tế');
    expect(unit(task('Công bố kết quả')?.lead)).toBe('Sở Y tế');
    expect(unit(task('Lập danh sách công trình')?.lead)).toBe('Sở Nông nghiệp và Môi trường');
    expect(unit(task('Thi công sửa chữa')?.lead)).toBe('Sở Nông nghiệp và Môi trường');
    expect(task('Thi công sửa chữa')?.support.map((c) => unit(c))).toEqual(['Sở Xây dựng']);
  });

  it('keeps a duty’s own date and dates the others by the group’s time line', () => {
    expect(task('Lấy mẫu')?.deadline?.due).toBe('2031-06-30');
    expect(task('Công bố kết quả')?.deadline?.due).toBe('2031-09-30');
    expect(['2031-03-14', '2031-03-15']).toContain(task('Lập danh sách công trình')?.deadline?.due);
    expect(task('Thi công sửa chữa')?.deadline?.due).toBe('2031-12-31');
  });
});
