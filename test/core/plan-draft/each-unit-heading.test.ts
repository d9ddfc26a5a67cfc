import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 37 of the drafter): a ministry's letter heads its requests with the units asked, "các"
// before them ("3. Các Sở Tài chính:", "4. Các Trung tâm Kiểm soát bệnh tật, Viện Pasteur:"); the units lead the items under
// them, not the unit of the heading before.

const draft = draftPlan(
  [
    'BỘ Y TẾ',
    'Số: 901/BYT-DP',
    'Hà Nội, ngày 12 tháng 5 năm 2031',
    'V/v phòng, chống dịch cúm mùa',
    'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    '1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố:',
    'a) Chỉ đạo các cơ quan chức năng triển khai tiêm vắc xin cúm cho nhóm nguy cơ cao.',
    '2. Các Sở Giáo dục và Đào tạo:',
    'a) Hướng dẫn các trường học theo dõi học sinh có biểu hiện sốt.',
    '3. Các Viện Vệ sinh dịch tễ, Viện Pasteur:',
    'a) Hỗ trợ các địa phương xét nghiệm chủng vi rút cúm trong tháng 6/2031.',
  ].join('\n'),
);

describe('a heading of units with "các" before them', () => {
  it('gives its units the items under it', () => {
    const lead = (words: string) => draft.units.find((u) => u.code === draft.tasks.find((t) => t.title.includes(words))?.lead)?.name;
    expect(lead('theo dõi học sinh')).toBe('Sở Giáo dục và Đào tạo');
    expect(lead('chủng vi rút')).toBe('Viện Vệ sinh dịch tễ');
  });
});
