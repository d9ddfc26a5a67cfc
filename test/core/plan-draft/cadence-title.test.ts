import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): a part's title in capitals that names a cadence ("III. NHIỆM VỤ THƯỜNG
// XUYÊN, HẰNG NĂM") over its duties is no task of its own.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH BÌNH LÂM',
    'Số: 98/KH-UBND',
    'Bình Lâm, ngày 30 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Thực hiện Chương trình xây dựng nông thôn mới năm 2029',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Sở Tài chính tham mưu phân bổ vốn trước ngày 30/4/2029.',
    'III. NHIỆM VỤ THƯỜNG XUYÊN, HẰNG NĂM',
    '1. Văn phòng Ủy ban nhân dân tỉnh theo dõi, cập nhật dữ liệu nông thôn mới.',
    '2. Sở Nông nghiệp và Môi trường hằng năm rà soát hồ sơ xã đề nghị xét công nhận.',
  ].join('\n'),
);

describe('a title in capitals that names a cadence', () => {
  it('is no task, its items are', () => {
    expect(draft.tasks.map((t) => t.source)).not.toContain('NHIỆM VỤ THƯỜNG XUYÊN, HẰNG NĂM');
    expect(draft.tasks).toHaveLength(3);
  });
});
