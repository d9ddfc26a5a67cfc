import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Text written for this test (round 19 of the drafter): a ward's flood plan giving work to a company's numbered works,
// once named with the company it belongs to.

describe("a company's numbered works as a unit heading", () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN QUẬN NAM HÀ',
      'Số: 3/KH-UBND',
      'Nam Hà, ngày 02 tháng 4 năm 2029',
      'KẾ HOẠCH',
      'Phòng, chống ngập úng mùa mưa năm 2029',
      'I. NHIỆM VỤ',
      '1. Đề nghị Xí nghiệp Cấp nước số 2 thuộc Công ty Cổ phần Cấp nước Nam Hà',
      '- Kiểm tra 12 km đường ống, xong trước ngày 30/4/2029.',
      '2. Xí nghiệp Môi trường số 1',
      'Khơi thông miệng cống trên các tuyến phố trước mùa mưa.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('leads the items under each heading by the works, its number kept, and makes no duty of the headings', () => {
    expect(name(by('Kiểm tra 12 km')?.lead)).toBe('Xí nghiệp Cấp nước số 2');
    expect(name(by('Khơi thông miệng cống')?.lead)).toBe('Xí nghiệp Môi trường số 1');
    expect(draft.tasks).toHaveLength(2);
  });
});
