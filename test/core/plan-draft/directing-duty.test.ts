import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 32 of the drafter): after a unit's own undated work, "; hướng dẫn …", "; chỉ đạo …" or
// "; cử …" (directing another party) is a duty of its own; other undated work after ";" stays with the duty before it.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 81/KH-UBND',
    'Bình Lâm, ngày 12 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống dịch bệnh mùa hè năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Trung tâm Y tế huyện',
    'Tiếp nhận, điều trị người bệnh chuyển tuyến; cử cán bộ hỗ trợ chuyên môn cho các trạm y tế xã.',
    '2. Công an huyện',
    'Điều tra, xử lý các vụ vi phạm về an toàn thực phẩm; chỉ đạo Công an các xã phối hợp kiểm tra các bếp ăn tập thể.',
    '3. Phòng Y tế huyện',
    'Cập nhật số liệu ca bệnh vào phần mềm quản lý; hướng dẫn các xã rà soát danh sách hộ gia đình.',
    '4. Phòng Văn hóa - Thông tin huyện',
    'Đăng tải tin, bài tuyên truyền trên Cổng thông tin điện tử huyện; duy trì chuyên mục phòng, chống dịch bệnh.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const { name } = helpers(draft);

describe('directing another party after undated work', () => {
  it('is a duty of its own, led by the unit of the paragraph', () => {
    expect(name(task('Cử cán bộ hỗ trợ chuyên môn')?.lead)).toBe('Trung tâm Y tế huyện Bình Lâm');
    expect(name(task('Chỉ đạo Công an các xã')?.lead)).toBe('Công an huyện Bình Lâm');
    expect(name(task('Hướng dẫn các xã rà soát')?.lead)).toBe('Phòng Y tế huyện Bình Lâm');
  });

  it('leaves the work before it a duty of its own', () => {
    expect(task('Tiếp nhận, điều trị')?.title).not.toContain('cử cán bộ');
    expect(task('Cập nhật số liệu')?.title).not.toContain('hướng dẫn');
  });

  it('keeps other undated work after ";" with the duty before it', () => {
    expect(task('Duy trì chuyên mục')).toBeUndefined();
    expect(task('Đăng tải tin, bài')?.source).toContain('duy trì chuyên mục');
  });
});
