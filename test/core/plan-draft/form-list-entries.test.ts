import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): after a duty, "Các mẫu biểu áp dụng gồm:" and its entries "- Mẫu số 01/TH:
// Danh sách …" name the papers the duty hands in; they are no duties. An entry with a date of its own stays a duty.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH BÌNH NGUYÊN',
    'Số: 77/KH-UBND',
    'Bình Nguyên, ngày 03 tháng 02 năm 2034',
    'KẾ HOẠCH',
    'Rà soát hộ nghèo năm 2034',
    'I. NHIỆM VỤ',
    '1. Ủy ban nhân dân các huyện',
    'a) Tổng hợp kết quả rà soát, gửi Sở Nội vụ trước ngày 30/11/2034.',
    'Các mẫu biểu áp dụng đối với Ủy ban nhân dân các huyện gồm:',
    '- Mẫu số 01/TH: Danh sách hộ nghèo, hộ cận nghèo mới phát sinh;',
    '- Mẫu số 02/TH: Tổng hợp số hộ thoát nghèo theo xã.',
    '2. Sở Nội vụ',
    'Phụ lục 03: Hướng dẫn các huyện cách chấm điểm thu nhập, xong trước ngày 15/9/2034.',
  ].join('\n'),
);

describe('entries naming report forms', () => {
  it('are no duties', () => {
    expect(draft.tasks.some((t) => t.source.includes('Danh sách hộ nghèo') || t.source.includes('thoát nghèo'))).toBe(false);
  });

  it('leave the duty they belong to and an entry with its own date', () => {
    expect(draft.tasks.some((t) => t.title.includes('Tổng hợp kết quả rà soát'))).toBe(true);
    expect(draft.tasks.some((t) => t.source.includes('cách chấm điểm'))).toBe(true);
  });
});
