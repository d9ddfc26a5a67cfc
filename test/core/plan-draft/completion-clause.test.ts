import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): "…; hoàn thành trước ngày D" after work that names a year ("chỉ tiêu …
// năm 2025") was cut off as a duty "Hoàn thành" of its own, and the work kept the year as its deadline.

const draft = draftPlan(
  [
    ...HEAD,
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Lao động - Thương binh và Xã hội huyện:',
    'a) Tham mưu Ủy ban nhân dân huyện giao chỉ tiêu giảm hộ nghèo năm 2025 cho từng xã; hoàn thành trước ngày 31/01/2025.',
    'b) Hướng dẫn các xã lập danh sách hộ nghèo có khả năng thoát nghèo trong năm; xong trong tháng 02/2025.',
  ].join('\n'),
);

describe('a clause that only says when the work is finished', () => {
  it('is the due date of the work before it', () => {
    const { by } = helpers(draft);
    expect(by('giao chỉ tiêu')?.deadline).toMatchObject({ due: '2025-01-30' });
    expect(by('lập danh sách')?.deadline).toMatchObject({ due: '2025-02-28' });
  });

  it('is no duty of its own', () => {
    expect(draft.tasks).toHaveLength(2);
  });
});
