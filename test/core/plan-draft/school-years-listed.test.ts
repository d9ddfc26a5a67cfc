import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): school years listed after "Năm học" name the years the work runs through;
// the second one ("… và 2029 - 2030") was read as a span of calendar years, due at the end of 2030.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 96/KH-UBND',
    'Bình Lâm, ngày 28 tháng 3 năm 2028',
    'KẾ HOẠCH',
    'Phòng, chống ma túy trong trường học',
    'II. NHIỆM VỤ',
    '| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |',
    '|---|---|---|---|---|',
    '| 1 | Đưa nội dung phòng, chống ma túy vào sinh hoạt dưới cờ ở các trường | Phòng Giáo dục và Đào tạo | Huyện đoàn | Năm học 2028 - 2029 và 2029 - 2030 |',
    '| 2 | Tổ chức hội thi tìm hiểu pháp luật về phòng, chống ma túy | Huyện đoàn | Phòng Giáo dục và Đào tạo | Tháng 5/2028 |',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('school years listed after "Năm học"', () => {
  it('give no calendar deadline', () => {
    expect(task('sinh hoạt dưới cờ')?.deadline?.due).not.toBe('2030-12-31');
    expect(task('sinh hoạt dưới cờ')?.deadline).toBeUndefined();
  });

  it('leave a month in another row read', () => {
    expect(task('Tổ chức hội thi')?.deadline?.due).toBe('2028-05-31');
  });
});
