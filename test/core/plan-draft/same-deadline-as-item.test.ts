import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): "…, gửi cùng thời hạn nêu tại điểm a" is due when item a is; the dates
// of what the item counts ("phát sinh từ năm 2020 đến ngày 30/9/2030") are not its time.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN YÊN ĐỊNH',
    'Số: 1204/UBND-NV',
    'Yên Định, ngày 14 tháng 10 năm 2030',
    'Kính gửi: Ủy ban nhân dân các xã, thị trấn.',
    'Chủ tịch UBND huyện yêu cầu các xã, thị trấn thực hiện các nội dung sau:',
    '1. Ủy ban nhân dân các xã, thị trấn:',
    'a) Rà soát số lượng cán bộ không chuyên trách, gửi Phòng Nội vụ huyện trước ngày 21/10/2030.',
    'b) Thống kê các trường hợp nghỉ việc phát sinh từ năm 2020 đến ngày 30/9/2030 (Biểu số 2), gửi cùng thời hạn nêu tại điểm a.',
  ].join('\n'),
);

describe('"cùng thời hạn nêu tại điểm a"', () => {
  it('takes the time of item a, flagged', () => {
    const count = draft.tasks.find((t) => t.title.startsWith('Thống kê các trường hợp nghỉ việc'));
    expect(count?.deadline?.due).toBe('2030-10-20');
    expect(count?.reviewNotes.join(' ')).toContain('1.a');
  });
});
