import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): "…; trình [cấp trên] phương án / đề án … trước ngày D" after undated work
// submits a paper of its own, a dated duty apart from that work; "…; trình UBND phê duyệt trước ngày D" hands in the work before.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 90/KH-UBND',
    'Bình Lâm, ngày 22 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống dịch bệnh gia súc năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nông nghiệp huyện theo dõi giá gia súc trên thị trường; trình Ủy ban nhân dân huyện phương án dự trữ vắc xin trước ngày 20/9/2029.',
    '2. Phòng Tài chính - Kế hoạch huyện cân đối kinh phí phòng, chống dịch; trình Ủy ban nhân dân huyện phê duyệt trước ngày 30/6/2029.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('submitting a paper of its own after undated work', () => {
  it('is a dated duty of its own, the work before it undated', () => {
    expect(task('Trình Ủy ban nhân dân huyện phương án')?.deadline?.due).toBe('2029-09-19');
    expect(task('Theo dõi giá gia súc')?.deadline).toBeUndefined();
  });

  it('but handing in the work before stays one duty', () => {
    expect(task('Cân đối kinh phí')?.deadline?.due).toBe('2029-06-29');
    expect(draft.tasks).toHaveLength(3);
  });
});
