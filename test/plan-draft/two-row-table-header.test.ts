import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): a province's appendix whose header spans two rows, "Đơn vị thực hiện"
// over "Chủ trì | Phối hợp" and "Tiến độ" over "Khởi công | Hoàn thành", the second row pasted under the separator; the
// Hoàn thành cells are bare months and years.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 77/KH-UBND',
    'Hòa Vân, ngày 12 tháng 02 năm 2031',
    'KẾ HOẠCH',
    'Phát triển thư viện số tỉnh năm 2031 - 2032',
    'PHỤ LỤC NHIỆM VỤ',
    '| STT | Nội dung công việc | Đơn vị thực hiện | | Tiến độ | | Ghi chú |',
    '|---|---|---|---|---|---|---|',
    '| | | Chủ trì | Phối hợp | Khởi công | Hoàn thành | |',
    '| 1 | Chuyển đổi mục lục sách giấy sang dữ liệu số | Thư viện tỉnh | Sở Khoa học và Công nghệ | 03/2031 | 09/2031 | |',
    '| 2 | Mua sắm máy quét sách chuyên dụng | Sở Tài chính | Thư viện tỉnh | 2031 | 2032 | |',
    '| 3 | Mở lớp hướng dẫn tra cứu thư viện số cho giáo viên | Sở Giáo dục và Đào tạo | Thư viện tỉnh | 05/2031 | Quý III/2031 | |',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name;

describe('a table header written over two rows', () => {
  it('makes a task of each row and none of the second header row', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(draft.tasks.some((t) => t.title.includes('Chủ trì') || t.title.includes('Hoàn thành'))).toBe(false);
  });

  it('reads the lead from the "Chủ trì" column and the support from "Phối hợp"', () => {
    expect(unit(task('mục lục sách')?.lead)).toMatch(/^Thư viện tỉnh/);
    expect(task('mục lục sách')?.support.map((c) => unit(c))).toEqual(['Sở Khoa học và Công nghệ']);
    expect(unit(task('máy quét')?.lead)).toBe('Sở Tài chính');
  });

  it('takes the deadline from "Hoàn thành", never from the start column', () => {
    expect(task('mục lục sách')?.deadline?.due).toBe('2031-09-30');
    expect(task('máy quét')?.deadline?.due).toBe('2032-12-31');
    expect(task('tra cứu')?.deadline?.due).toBe('2031-09-30');
  });
});
