import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): funding duties that name the budget year the money comes from. The
// year says which budget pays, not when the work is due; a date written beside it still is.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ AN',
    'Số: 77/KH-UBND',
    'Hà An, ngày 12 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống sốt xuất huyết năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Tài chính tham mưu bố trí kinh phí mua hóa chất diệt muỗi trong dự toán ngân sách tỉnh năm 2029.',
    '2. Sở Y tế cân đối kinh phí giám sát dịch trong dự toán năm 2029 và các năm tiếp theo.',
    '3. Sở Tài chính trích từ nguồn dự phòng ngân sách tỉnh năm 2029 số tiền 2 tỷ đồng cho vùng dịch; thời gian trình không quá ngày 30/4/2029.',
  ].join('\n'),
);

describe('a budget year in a funding duty', () => {
  it('is no deadline', () => {
    const { by } = helpers(draft);
    expect(by('hóa chất diệt muỗi')?.deadline).toBeUndefined();
    expect(by('giám sát dịch')?.deadline).toBeUndefined();
  });

  it('leaves the date written beside it as the deadline', () => {
    const { by } = helpers(draft);
    expect(by('vùng dịch')?.deadline).toMatchObject({ due: '2029-04-30' });
  });
});
