import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 31 of the drafter): "tham mưu …" (preparing a matter for the leaders) is an action that opens
// a duty of its own.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 77/KH-UBND',
    'Bình Lâm, ngày 10 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Thực hiện Chương trình chuyển đổi số năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND huyện chủ trì theo dõi, đôn đốc các cơ quan thực hiện; tham mưu sơ kết 6 tháng thực hiện Kế hoạch trong tháng 7/2029.',
    '2. Phòng Văn hóa - Thông tin huyện',
    'Hướng dẫn các xã cài đặt ứng dụng; tham mưu tổng kết Kế hoạch trước ngày 15/12/2029.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('"tham mưu …" after an undated duty, with a date of its own', () => {
  it('is a duty of its own, dated', () => {
    expect(task('Tham mưu sơ kết 6 tháng')?.deadline?.due).toBe('2029-07-31');
    expect(task('Tham mưu tổng kết')?.deadline?.due).toBe('2029-12-14');
  });

  it('leaves the duty before it undated', () => {
    expect(task('theo dõi, đôn đốc')?.deadline).toBeUndefined();
    expect(task('Hướng dẫn các xã')?.deadline).toBeUndefined();
  });
});
