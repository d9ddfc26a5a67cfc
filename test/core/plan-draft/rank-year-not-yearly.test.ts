import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): "xếp hạng năm 2031" (a rank, then a year) folds like "hằng năm" but
// sets no yearly cadence; "hằng năm" still does.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN LẠC SƠN',
    'Số: 40/KH-UBND',
    'Lạc Sơn, ngày 11 tháng 2 năm 2031',
    'KẾ HOẠCH',
    'Chương trình OCOP năm 2031',
    'II. NHIỆM VỤ',
    '1. Phòng Nông nghiệp huyện hướng dẫn các chủ thể hoàn thiện hồ sơ đánh giá, phân hạng năm 2031, nộp Hội đồng huyện trước ngày 30/6/2031.',
    '2. Phòng Kinh tế huyện rà soát sản phẩm hết hạn chứng nhận hằng năm, trước ngày 15/11/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('"phân hạng năm 2031"', () => {
  it('is a one-off date, not a yearly cadence', () => {
    expect(task('Hướng dẫn các chủ thể')?.deadline).toMatchObject({ kind: 'due', due: '2031-06-29' });
  });

  it('leaves "hằng năm" yearly', () => {
    expect(task('Rà soát sản phẩm')?.deadline?.kind).toBe('recurrence');
  });
});
