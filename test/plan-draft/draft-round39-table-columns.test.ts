import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 39 of the drafter): an appendix table whose time column ("Thời gian thực hiện")
// comes before its lead column, with group rows whose title fills every cell and a lead cell merged down over two rows.

describe('a duty table with its time column before its lead column', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI',
      'Số: 77/KH-UBND',
      'Đông Hải, ngày 03 tháng 3 năm 2028',
      'KẾ HOẠCH',
      'Phát triển nghề muối giai đoạn 2028 - 2029',
      'PHỤ LỤC',
      '| TT | Nhiệm vụ | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp |',
      '|---|---|---|---|---|',
      '| I | HẠ TẦNG ĐỒNG MUỐI | HẠ TẦNG ĐỒNG MUỐI | HẠ TẦNG ĐỒNG MUỐI | HẠ TẦNG ĐỒNG MUỐI |',
      '| 1 | Khảo sát hiện trạng kênh dẫn nước mặn vào đồng muối | Quý III/2028 | Sở Xây dựng | UBND các xã ven biển |',
      '| 2 | Lập danh mục kênh cần nạo vét, gia cố bờ | Tháng 10/2028 | | Ban Quản lý dự án tỉnh |',
      '| II | THƯƠNG MẠI | THƯƠNG MẠI | THƯƠNG MẠI | THƯƠNG MẠI |',
      '| 3 | Xây dựng nhãn hiệu tập thể cho muối sạch | Năm 2029 | Sở Công Thương | Hội Nông dân tỉnh |',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the lead from the lead column and the deadline from the time column', () => {
    expect(name(by('Khảo sát hiện trạng kênh')?.lead)).toBe('Sở Xây dựng');
    expect(by('Khảo sát hiện trạng kênh')?.deadline?.due).toBe('2028-09-30');
    expect(name(by('nhãn hiệu tập thể')?.lead)).toBe('Sở Công Thương');
    expect(by('nhãn hiệu tập thể')?.deadline?.due).toBe('2029-12-31');
  });

  it('gives a row whose lead cell is merged into the row above that lead', () => {
    expect(name(by('Lập danh mục kênh')?.lead)).toBe('Sở Xây dựng');
    expect(by('Lập danh mục kênh')?.deadline?.due).toBe('2028-10-31');
  });

  it('reads a group row repeated across its cells as a title, not a duty', () => {
    expect(draft.tasks.some((t) => t.source.includes('HẠ TẦNG ĐỒNG MUỐI'))).toBe(false);
    expect(draft.tasks.some((t) => t.source.startsWith('THƯƠNG MẠI'))).toBe(false);
  });
});
