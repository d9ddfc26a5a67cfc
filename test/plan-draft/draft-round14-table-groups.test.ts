import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 14 of the drafter): a duty table whose lead column comes last and whose group
// rows name fields that read like sections of aims.

describe('a duty table with its lead column last', () => {
  const draft = draftPlan(
    [
      'SỞ TƯ PHÁP TỈNH ĐÔNG HẢI',
      'Số: 19/KH-STP',
      'Đông Hải, ngày 06 tháng 02 năm 2028',
      'KẾ HOẠCH',
      'Công tác tư pháp năm 2028',
      'I. MỤC TIÊU',
      'Nâng cao chất lượng công tác tư pháp.',
      'II. NHIỆM VỤ',
      '| STT | Sản phẩm | Nội dung | Thời hạn | Phối hợp | Chủ trì |',
      '|---|---|---|---|---|---|',
      '| I | | ĐIỀU KIỆN HÀNH NGHỀ, TIÊU CHUẨN CÔNG CHỨNG VIÊN | | | |',
      '| 1 | Báo cáo | Rà soát điều kiện hành nghề của các tổ chức hành nghề công chứng | Quý II/2028 | Hội Công chứng viên tỉnh | Phòng Bổ trợ tư pháp |',
      '| 2 | Kết luận | Kiểm tra việc chấp hành tiêu chuẩn của công chứng viên | Tháng 9/2028 | Thanh tra Sở | Phòng Bổ trợ tư pháp |',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('drafts the rows under a group row named like a section of criteria, each led by its last column', () => {
    expect(name(by('điều kiện hành nghề của các tổ chức')?.lead)).toBe('Phòng Bổ trợ tư pháp');
    expect(name(by('chấp hành tiêu chuẩn')?.lead)).toBe('Phòng Bổ trợ tư pháp');
  });

  it('still drafts nothing from the aims section', () => {
    expect(draft.tasks.some((t) => t.source.includes('Nâng cao chất lượng'))).toBe(false);
  });
});
