import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 31 of the drafter): the numbered tax offices below the province since 2025.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÒA XUYÊN',
    'Số: 88/KH-UBND',
    'Hòa Xuyên, ngày 10 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Hỗ trợ hộ kinh doanh chuyển đổi số năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Thuế cơ sở 2 tỉnh Hòa Xuyên',
    '- Hướng dẫn hộ kinh doanh kê khai thuế điện tử trước ngày 30/6/2029.',
    '2. Thuế cơ sở 3 phối hợp với Ủy ban nhân dân các xã rà soát hộ kinh doanh trong tháng 7/2029.',
  ].join('\n'),
);

describe('"Thuế cơ sở N"', () => {
  it('is a unit and leads its duties', () => {
    const { by, name } = helpers(draft);
    expect(name(by('kê khai thuế điện tử')?.lead)).toBe('Thuế cơ sở 2 tỉnh Hòa Xuyên');
    expect(name(by('rà soát hộ kinh doanh')?.lead)).toMatch(/^Thuế cơ sở 3/u);
  });
});
