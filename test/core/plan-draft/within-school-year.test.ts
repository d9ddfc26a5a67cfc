import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 40 of the drafter): work done "trong năm học Y1 - Y2" is due at that school year's end.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN PHÚ',
    'Số: 77/KH-UBND',
    'An Phú, ngày 20 tháng 10 năm 2030',
    'KẾ HOẠCH',
    'Giáo dục kỹ năng bơi an toàn năm 2030',
    'II. NHIỆM VỤ',
    '1. Trường Tiểu học An Phú tổ chức ít nhất 03 buổi ngoại khóa về phòng chống đuối nước trong năm học 2030 - 2031.',
    '2. Trường THCS An Phú dạy bơi cho học sinh lớp 6 trong năm học 2030-2031 và năm học 2031-2032.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('"trong năm học Y1 - Y2"', () => {
  it('is due at the end of the school year', () => {
    expect(task('ngoại khóa về phòng chống đuối nước')?.deadline?.due).toBe('2031-05-31');
  });

  it('runs to the end of the last school year listed', () => {
    expect(task('bơi cho học sinh lớp 6')?.deadline?.due).toBe('2032-05-31');
  });
});
