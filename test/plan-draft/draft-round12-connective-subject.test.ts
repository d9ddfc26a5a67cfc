import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): a new sentence whose subject follows a connective.

describe('"Ngoài ra, / Đồng thời, / Bên cạnh đó," before a new subject', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường lập danh sách thửa đất công trước ngày 30/4/2025. Ngoài ra, Văn phòng Đăng ký đất đai huyện cung cấp hồ sơ địa chính trong tháng 4/2025.',
      '2. Phòng Tài chính - Kế hoạch bố trí kinh phí kiểm kê trước ngày 31/3/2025. Đồng thời, Kho bạc Nhà nước huyện hướng dẫn thủ tục thanh toán cho các xã.',
      '3. Thanh tra huyện kiểm tra việc kiểm kê trong quý III/2025, đồng thời xử lý các vi phạm phát hiện qua kiểm tra.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the sentence to the unit after the connective', () => {
    expect(name(by('hồ sơ địa chính')?.lead)).toMatch(/^Văn phòng Đăng ký đất đai huyện/);
    expect(name(by('thủ tục thanh toán')?.lead)).toMatch(/^Kho bạc Nhà nước/);
  });

  it('keeps "đồng thời" with no new subject inside its duty', () => {
    expect(draft.tasks.filter((t) => t.source.includes('xử lý các vi phạm'))).toHaveLength(1);
  });
});
