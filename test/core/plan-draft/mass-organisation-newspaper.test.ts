import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): the newspapers of the mass organisations are written in sentence case
// ("Báo Cựu chiến binh Việt Nam", "Báo Nông thôn ngày nay"), so their names are known words, not capitalised ones; each is a
// unit and leads the duty it opens.

const draft = draftPlan(
  [
    'HỘI CỰU CHIẾN BINH VIỆT NAM',
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'Số: 40/KH-CCB',
    'Hà Nội, ngày 12 tháng 02 năm 2034',
    'KẾ HOẠCH',
    'Tuyên truyền kỷ niệm ngày truyền thống năm 2034',
    'I. NHIỆM VỤ',
    '1. Báo Cựu chiến binh Việt Nam mở chuyên mục "Bộ đội Cụ Hồ", đăng tải định kỳ hằng tháng.',
    '2. Báo Phụ nữ Thủ đô đăng loạt bài về gương phụ nữ tiêu biểu, xong trước ngày 08/3/2034.',
    '3. Báo Nông thôn ngày nay giới thiệu mô hình nông dân sản xuất giỏi, hoàn thành trong quý II/2034.',
    '4. Báo Người cao tuổi phối hợp tuyên truyền về chăm sóc người cao tuổi trong tháng 10/2034.',
    '5. Ban Tuyên giáo tổng hợp kết quả, báo cáo Thường trực trước ngày 15/12/2034.',
  ].join('\n'),
);

const leadName = (words: string) => {
  const task = draft.tasks.find((t) => t.title.includes(words));
  return draft.units.find((u) => u.code === task?.lead)?.name;
};

describe("a mass organisation's newspaper in sentence case", () => {
  it('is a unit by its whole name and leads its duty', () => {
    expect(leadName('Bộ đội Cụ Hồ')).toBe('Báo Cựu chiến binh Việt Nam');
    expect(leadName('gương phụ nữ tiêu biểu')).toBe('Báo Phụ nữ Thủ đô');
    expect(leadName('nông dân sản xuất giỏi')).toBe('Báo Nông thôn ngày nay');
    expect(leadName('chăm sóc người cao tuổi')).toBe('Báo Người cao tuổi');
  });
});
