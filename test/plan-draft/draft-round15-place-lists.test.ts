import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 15 of the drafter): lists of places under a lead-in, beside the units' duties.

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN MỸ', 'Số: 40/KH-UBND', 'Tân Mỹ, ngày 10 tháng 6 năm 2029', 'KẾ HOẠCH', 'Bảo đảm an toàn mùa mưa lũ năm 2029'];

describe('a list of places', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. ĐỊA BÀN',
      '1. Các vị trí sạt lở cần cắm biển cảnh báo:',
      '- Ngầm tràn suối Đá Bạc thôn 2;',
      '- Taluy dương đường liên thôn đoạn qua thôn Khe Mây;',
      '- Bãi bồi ven sông Trà thôn Đồng Xuân.',
      '2. Điểm sơ tán dân:',
      '- Nhà văn hóa thôn 4;',
      '- Trường Tiểu học Tân Mỹ.',
      'III. NHIỆM VỤ',
      '1. Công an xã',
      '- Lập chốt cảnh giới tại các ngầm tràn khi nước lên.',
      '2. Các thôn:',
      '- Rà soát hộ dân sống ven sông, báo cáo Ủy ban nhân dân xã trước ngày 20/6/2029.',
    ].join('\n'),
  );

  it('drafts no task from the places', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([
      'Lập chốt cảnh giới tại các ngầm tràn khi nước lên',
      'Rà soát hộ dân sống ven sông, báo cáo Ủy ban nhân dân xã',
    ]);
  });

  it('keeps duties listed under a lead-in that names places', () => {
    const duties = draftPlan(
      [...HEAD, 'III. NHIỆM VỤ', '1. Các điểm sạt lở:', '- Ủy ban nhân dân xã cắm biển cảnh báo trước ngày 15/6/2029;', '- Tổ chức di dời các hộ dân.'].join(
        '\n',
      ),
    );
    expect(duties.tasks).toHaveLength(2);
  });

  it('reads "nơi" as a place but not "nội dung"', () => {
    const contents = draftPlan(
      [
        ...HEAD,
        'III. NHIỆM VỤ',
        '1. Phòng Văn hóa - Thông tin xã',
        'Nội dung:',
        '- Lắp đặt loa cảnh báo tại 05 thôn;',
        '- Phát bản tin mưa lũ hằng ngày.',
      ].join('\n'),
    );
    expect(contents.tasks).toHaveLength(2);
  });
});
