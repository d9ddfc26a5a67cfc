import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 31 of the drafter): lines of a plan's time part that are periods, not duties.

const campaign = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 77/KH-UBND',
    'Bình Lâm, ngày 10 tháng 4 năm 2029',
    'KẾ HOẠCH',
    'Tổ chức Tháng hành động vì an toàn thực phẩm năm 2029',
    'II. THỜI GIAN',
    '- Trước Tháng hành động (từ ngày 15/4 đến ngày 30/4/2029): tuyên truyền, chuẩn bị lực lượng.',
    '- Trong Tháng hành động (từ ngày 01/5 đến ngày 31/5/2029): ra quân kiểm tra.',
    '- Sau Tháng hành động (từ ngày 01/6 đến ngày 15/6/2029): tổng kết, đánh giá.',
    'III. NỘI DUNG VÀ PHÂN CÔNG',
    '1. Phòng Y tế huyện',
    '- Tham mưu thành lập Đoàn kiểm tra liên ngành trước ngày 25/4/2029.',
  ].join('\n'),
);

const schoolYear = draftPlan(
  [
    'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    'HUYỆN BÌNH LÂM',
    'Số: 120/KH-PGDĐT',
    'Bình Lâm, ngày 20 tháng 8 năm 2029',
    'KẾ HOẠCH',
    'Thực hiện nhiệm vụ năm học 2029-2030',
    'I. KẾ HOẠCH THỜI GIAN NĂM HỌC',
    '1. Học kỳ I: Tính từ ngày 05/9/2029 đến ngày 15/01/2030.',
    '2. Học kỳ II: Tính từ ngày 20/01/2030 đến ngày 25/5/2030.',
    'II. NHIỆM VỤ',
    '1. Các trường tiểu học, trung học cơ sở',
    '- Báo cáo kết quả học kỳ I về Phòng trước ngày 20/01/2030.',
  ].join('\n'),
);

describe('a stage of a campaign with its span, in the time part', () => {
  it('is a phase, not a task', () => {
    expect(campaign.tasks.map((t) => t.title)).toEqual(['Tham mưu thành lập Đoàn kiểm tra liên ngành']);
    expect(campaign.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Trước Tháng hành động', '2029-04-15', '2029-04-30'],
      ['Trong Tháng hành động', '2029-05-01', '2029-05-31'],
      ['Sau Tháng hành động', '2029-06-01', '2029-06-15'],
    ]);
  });
});

describe('"Học kỳ I: Tính từ ngày … đến ngày …"', () => {
  it('is a phase only', () => {
    expect(schoolYear.tasks.some((t) => /Học kỳ I{1,2}:/u.test(t.title))).toBe(false);
    expect(schoolYear.phases.map((p) => p.name)).toEqual(['Học kỳ I', 'Học kỳ II']);
  });
});
