import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): a part "I. ĐÁNH GIÁ CHUNG" states what was done so far ("Từ đầu năm đến
// ngày D, các lực lượng đã …. Phát hiện … ."), no work is given in it.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'THỊ XÃ AN KHÊ',
    'Số: 33/TB-UBND',
    'An Khê, ngày 20 tháng 3 năm 2031',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND thị xã tại cuộc họp về an toàn thực phẩm quý I năm 2031',
    'I. ĐÁNH GIÁ CHUNG',
    'Từ đầu năm đến ngày 15/3/2031, các đoàn kiểm tra đã kiểm tra 214 cơ sở, xử phạt 31 cơ sở vi phạm. Phát hiện 12 cơ sở kinh doanh thực phẩm không rõ nguồn gốc, tiêu hủy 850 kg hàng hóa.',
    'II. NHIỆM VỤ THỜI GIAN TỚI',
    '1. Phòng Y tế thị xã kiểm tra các bếp ăn tập thể trường học, xong trước ngày 30/4/2031.',
  ].join('\n'),
);

describe('a general assessment part', () => {
  it('gives no duty', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual(['Kiểm tra các bếp ăn tập thể trường học']);
  });
});
