import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): "…; lập biểu tổng hợp … gửi X trước ngày D" (or "lập hồ sơ", "lập danh
// sách" of what was found) puts the undated work before it on paper and hands it in: one duty, due D.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN NAM ĐÀN',
    'Số: 905/UBND-KT',
    'Nam Đàn, ngày 03 tháng 10 năm 2030',
    'Kính gửi: Ủy ban nhân dân các xã, thị trấn.',
    'Ủy ban nhân dân huyện đề nghị các xã, thị trấn thực hiện các nội dung sau:',
    '1. Kiểm tra hiện trạng các cống tiêu trên địa bàn; lập biểu tổng hợp theo Mẫu số 03 gửi Phòng Nông nghiệp huyện trước ngày 15/10/2030.',
    '2. Rà soát các hộ sử dụng nước sạch chưa ký hợp đồng; lập danh sách gửi Trung tâm Nước sạch huyện trước ngày 20/10/2030.',
  ].join('\n'),
);

describe('a paper of the work before, handed in by a date', () => {
  it('is one duty with that date', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(draft.tasks[0]?.title).toMatch(/^Kiểm tra hiện trạng các cống tiêu/u);
    expect(draft.tasks[0]?.deadline?.due).toBe('2030-10-14');
    expect(draft.tasks[1]?.deadline?.due).toBe('2030-10-19');
  });
});
