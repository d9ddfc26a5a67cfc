import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 31 of the drafter): "học sinh, sinh viên" inside a unit's name, comma and all.

const draft = draftPlan(
  [
    'TRƯỜNG CAO ĐẲNG SƯ PHẠM',
    'Số: 40/KH-CĐSP',
    'Lâm Hà, ngày 15 tháng 8 năm 2029',
    'KẾ HOẠCH',
    'Công tác đầu năm học 2029-2030',
    'II. NHIỆM VỤ CỦA CÁC ĐƠN VỊ',
    '1. Phòng Đào tạo: Xếp thời khóa biểu học kỳ I, gửi các khoa trước ngày 30/8/2029.',
    '2. Phòng Công tác học sinh, sinh viên: Tổ chức tuần sinh hoạt công dân cho sinh viên năm thứ nhất trong tháng 9/2029.',
    '3. Vụ Giáo dục chính trị và Công tác học sinh, sinh viên theo dõi, tổng hợp kết quả, báo cáo Hiệu trưởng trước ngày 15/12/2029.',
  ].join('\n'),
);

describe('a unit named for its students', () => {
  it('keeps "học sinh, sinh viên" in its name and leads its duty', () => {
    const { by, name } = helpers(draft);
    expect(name(by('tuần sinh hoạt công dân')?.lead)).toBe('Phòng Công tác học sinh, sinh viên');
    expect(name(by('báo cáo Hiệu trưởng')?.lead)).toMatch(/học sinh, sinh viên$/u);
  });
});
