import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): a phase heading made long by the campaign it names ("GIAI ĐOẠN 2 - RA
// QUÂN (Chiến dịch "…", từ ngày D1 đến ngày D2)") is still the phase over its items.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ TÂN PHÚ',
    'Số: 71/KH-UBND',
    'Tân Phú, ngày 01 tháng 8 năm 2029',
    'KẾ HOẠCH',
    'Xây dựng xã nông thôn mới kiểu mẫu năm 2029',
    'III. NỘI DUNG THEO GIAI ĐOẠN',
    'GIAI ĐOẠN 1 - CHUẨN BỊ (từ ngày 05/8/2029 đến ngày 31/8/2029)',
    '1. Rà soát các tiêu chí còn thiếu',
    '- Chủ trì: Công chức Văn phòng - Thống kê xã.',
    'GIAI ĐOẠN 2 - RA QUÂN THỰC HIỆN (Chiến dịch "Một trăm ngày vì đường làng ngõ xóm sáng - xanh - sạch", từ ngày 01/9/2029 đến ngày 09/12/2029)',
    '2. Trồng hàng rào xanh dọc các tuyến đường liên thôn',
    '- Chủ trì: Trưởng các thôn.',
    '- Thời gian: trong thời gian Chiến dịch.',
  ].join('\n'),
);

describe('a long phase heading', () => {
  it('is a phase', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toContainEqual(['Giai đoạn 2', '2029-09-01', '2029-12-09']);
  });

  it('gives its span to the items under it', () => {
    expect(draft.tasks.find((t) => t.title.startsWith('Trồng hàng rào xanh'))?.deadline?.due).toBe('2029-12-09');
  });
});
