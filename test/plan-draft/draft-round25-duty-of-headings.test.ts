import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 25 of the drafter): assignments under "Nhiệm vụ của X" headings.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN LONG ĐIỀN',
  'Số: 09/QĐ-UBND',
  'Long Điền, ngày 15 tháng 01 năm 2029',
  'KẾ HOẠCH',
  'Phòng chống dịch tả lợn châu Phi năm 2029',
];

describe('"Nhiệm vụ của X" headings', () => {
  it('"Nhiệm vụ của X", "Nhiệm vụ và trách nhiệm của Y" over plain paragraphs give them X and Y as leads', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. PHÂN CÔNG',
        '1. Nhiệm vụ của Ủy ban nhân dân các xã, thị trấn',
        'Lập danh sách hộ chăn nuôi lợn, gửi Phòng Nông nghiệp và Môi trường huyện trước ngày 10/02/2029.',
        '2. Nhiệm vụ và trách nhiệm của Trạm Chăn nuôi và Thú y huyện',
        'Cấp phát hóa chất khử trùng cho các xã trong tháng 02/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('hộ chăn nuôi lợn')?.lead)).toMatch(/các xã, thị trấn/u);
    expect(name(by('hóa chất khử trùng')?.lead)).toMatch(/^Trạm Chăn nuôi và Thú y huyện/u);
  });
});
