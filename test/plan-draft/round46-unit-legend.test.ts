import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): a plan numbers its units once in a legend over two lines, then each duty
// cites them by number ("(3) chủ trì, (1) phối hợp", "(4) thực hiện", a number as the subject).

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH NAM SƠN',
    'Số: 21/KH-UBND',
    'Nam Sơn, ngày 10 tháng 2 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống đuối nước trẻ em năm 2031',
    'I. ĐƠN VỊ THỰC HIỆN (KÝ HIỆU)',
    '(1) Sở Văn hóa, Thể thao và Du lịch; (2) Sở Giáo dục và Đào tạo; (3) Sở Y tế;',
    '(4) Ủy ban nhân dân các xã, phường; (5) Tỉnh đoàn.',
    'II. NHIỆM VỤ',
    '1. Mở lớp dạy bơi miễn phí cho học sinh tiểu học trong dịp hè: (2) chủ trì, (5), (1) phối hợp; từ tháng 6 đến tháng 8/2031.',
    '2. Tập huấn sơ cứu đuối nước cho giáo viên: (3) chủ trì, (2) phối hợp; hoàn thành trước ngày 30/5/2031.',
    '3. Cắm biển cảnh báo tại các ao, hồ, sông suối nguy hiểm: (4) thực hiện; trước ngày 15/5/2031.',
    '4. (5) phát động phong trào "Mùa hè an toàn" trong đoàn viên, thanh niên trong tháng 6/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name ?? '';

describe('units numbered in a legend and cited by number', () => {
  it('reads a cited number as the unit the legend gave it', () => {
    expect(unit(task('dạy bơi')?.lead)).toBe('Sở Giáo dục và Đào tạo');
    expect(unit(task('sơ cứu')?.lead)).toBe('Sở Y tế');
    expect(unit(task('biển cảnh báo')?.lead)).toMatch(/^Ủy ban nhân dân các xã, phường/);
    expect(unit(task('Mùa hè an toàn')?.lead)).toBe('Tỉnh đoàn');
  });

  it('makes no task of the legend', () => {
    expect(draft.tasks).toHaveLength(4);
  });
});
