import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 39 of the drafter): an appendix drawn as a grid table ("+---+" borders, "|" cells) whose
// cells wrap onto several lines, with a group row across the whole width.

describe('a duty table drawn as a grid with wrapped cells', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI',
      'Số: 41/KH-UBND',
      'Đông Hải, ngày 02 tháng 02 năm 2028',
      'KẾ HOẠCH',
      'Chỉnh trang chợ truyền thống năm 2028',
      'PHỤ LỤC',
      '+----+---------------------------+----------------+--------------+',
      '| TT | Nội dung                  | Đơn vị chủ trì | Thời hạn     |',
      '+====+===========================+================+==============+',
      '| I. KHẢO SÁT, LẬP DANH MỤC                                         |',
      '+----+---------------------------+----------------+--------------+',
      '| 1  | Khảo sát hiện trạng mái   | Sở Công        | Trước        |',
      '|    | che, hệ thống thoát nước  | Thương         | 31/3/2028    |',
      '|    | các chợ hạng 2, hạng 3    |                |              |',
      '+----+---------------------------+----------------+--------------+',
      '| 2  | Lập danh mục chợ cần sửa  | Sở Xây dựng    | Quý II/2028  |',
      '|    | chữa, xây mới             |                |              |',
      '+----+---------------------------+----------------+--------------+',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('joins each wrapped cell into one and reads the row as one duty with its lead and time', () => {
    expect(by('hệ thống thoát nước các chợ hạng 2')).toBeDefined();
    expect(name(by('Khảo sát hiện trạng mái')?.lead)).toBe('Sở Công Thương');
    expect(by('Khảo sát hiện trạng mái')?.deadline?.due).toMatch(/^2028-03-3[01]$/);
    expect(name(by('Lập danh mục chợ')?.lead)).toBe('Sở Xây dựng');
    expect(by('Lập danh mục chợ')?.deadline?.due).toBe('2028-06-30');
  });

  it('drafts no task from a wrapped fragment or the group row', () => {
    expect(draft.tasks.some((t) => /^(?:chữa|Thương|Trước)\b/u.test(t.source))).toBe(false);
    expect(draft.tasks.some((t) => t.source.includes('KHẢO SÁT, LẬP DANH MỤC'))).toBe(false);
    expect(draft.tasks).toHaveLength(2);
  });
});
