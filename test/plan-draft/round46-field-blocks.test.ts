import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): a ministry's plan writes each duty as a block of labelled fields under
// "Nhiệm vụ N:", the fields in different orders, one block without a support, one with its content after the number.

const draft = draftPlan(
  [
    'BỘ XÂY DỰNG',
    'Số: 40/KH-BXD',
    'Hà Nội, ngày 03 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Triển khai Luật Nhà ở (sửa đổi)',
    'I. NHIỆM VỤ',
    'A. VĂN BẢN HƯỚNG DẪN',
    '',
    'Nhiệm vụ 1:',
    'Nội dung: Soạn thảo Thông tư hướng dẫn cải tạo chung cư cũ.',
    'Đơn vị chủ trì: Cục Quản lý nhà và thị trường bất động sản.',
    'Đơn vị phối hợp: Vụ Pháp chế.',
    'Thời gian: Quý III/2031.',
    'Sản phẩm: Thông tư.',
    '',
    'Nhiệm vụ 2:',
    'Thời gian: Trước ngày 30/6/2031.',
    'Đơn vị chủ trì: Vụ Pháp chế.',
    'Nội dung: Rà soát các thông tư về nhà ở xã hội cần sửa đổi.',
    '',
    'B. KIỂM TRA',
    '',
    'Nhiệm vụ 3: Kiểm tra việc thi hành Luật tại một số địa phương.',
    'Đơn vị chủ trì: Thanh tra Bộ.',
    'Thời gian: Tháng 11/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name ?? '';

describe('duties written as blocks of labelled fields', () => {
  it('makes one task per block, titled by its content', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([
      expect.stringContaining('Thông tư hướng dẫn cải tạo chung cư cũ'),
      expect.stringContaining('nhà ở xã hội'),
      expect.stringContaining('thi hành Luật'),
    ]);
  });

  it('reads the lead and the time from the fields wherever they stand', () => {
    expect(unit(task('chung cư')?.lead)).toMatch(/^Cục Quản lý nhà/);
    expect(task('chung cư')?.deadline?.due).toBe('2031-09-30');
    expect(unit(task('nhà ở xã hội')?.lead)).toBe('Vụ Pháp chế');
    expect(task('nhà ở xã hội')?.deadline?.due).toBe('2031-06-29');
    expect(unit(task('thi hành Luật')?.lead)).toBe('Thanh tra Bộ');
    expect(task('thi hành Luật')?.deadline?.due).toBe('2031-11-30');
  });
});
