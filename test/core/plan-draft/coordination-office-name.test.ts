import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 32 of the drafter): "Văn phòng Điều phối nông thôn mới tỉnh" was cut at "phối" (read as the
// verb of "phối hợp"), its lead shown as "Văn phòng Điều" and its titles opening "Phối nông thôn mới …".

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH BÌNH LÂM',
    'Số: 99/KH-UBND',
    'Bình Lâm, ngày 31 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Thực hiện Chương trình xây dựng nông thôn mới năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Điều phối nông thôn mới tỉnh theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch.',
    '2. Phòng Tư pháp phối hợp rà soát hồ sơ xã đề nghị công nhận.',
  ].join('\n'),
);

describe('the coordination office of the new countryside programme', () => {
  it('is read whole and leads its duty', () => {
    const { by, name } = helpers(draft);
    expect(name(by('theo dõi, đôn đốc')?.lead)).toBe('Văn phòng Điều phối nông thôn mới tỉnh Bình Lâm');
    expect(by('theo dõi, đôn đốc')?.title).toBe('Theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch');
  });

  it('still ends a name before "phối hợp"', () => {
    const { by, name } = helpers(draft);
    expect(name(by('rà soát hồ sơ')?.lead)).toBe('Phòng Tư pháp');
  });
});
