import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): the members of a team ("1. Thành phần" over "- Tổ trưởng: Trưởng thôn")
// and the forces of a drill ("2. Lực lượng tham gia" over "- Đội tấn công: cán bộ …") were drafted as duties.

const draft = draftPlan(
  [
    ...HEAD,
    'II. THÀNH PHẦN VÀ LỰC LƯỢNG',
    '1. Thành phần',
    '- Tổ trưởng: Trưởng thôn hoặc Trưởng khu phố;',
    '- Thành viên: công an viên, chi hội trưởng phụ nữ, giáo viên.',
    '2. Lực lượng tham gia',
    '- Đội tấn công: cán bộ Công an huyện, chuyên gia của doanh nghiệp;',
    '- Đội phòng thủ: cán bộ quản trị hệ thống của các phòng.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Văn hóa và Thông tin huyện kiểm tra hoạt động của các Tổ trong năm 2025.',
  ].join('\n'),
);

describe('a part that lists who takes part', () => {
  it('gives no duties', () => {
    // the title drops the deadline's own time (round 45b)
    expect(draft.tasks.map((t) => t.title)).toEqual(['Kiểm tra hoạt động của các Tổ']);
  });
});
