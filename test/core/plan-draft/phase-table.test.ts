import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): a plan's phases given as a pipe table with a time column ("Giai đoạn |
// Thời gian | Nội dung") are its phases, with their spans; their times are no duties, and a duty timed by a phase takes its end.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN LẠC SƠN',
    'Số: 20/KH-UBND',
    'Lạc Sơn, ngày 10 tháng 01 năm 2031',
    'KẾ HOẠCH',
    'Phát triển giao thông nông thôn giai đoạn 2031 - 2035',
    'I. CÁC GIAI ĐOẠN THỰC HIỆN',
    '| Giai đoạn | Thời gian | Nội dung | Kết quả cần đạt |',
    '|---|---|---|---|',
    '| Giai đoạn 1 | Năm 2031 - 2032 | Hoàn thành quy hoạch mạng lưới đường, cứng hóa đường trục xã | 100% đường trục xã được cứng hóa |',
    '| Giai đoạn 2 | Năm 2033 - 2035 | Cứng hóa đường thôn, xóm; duy tu các tuyến đã làm | 80% đường thôn được cứng hóa |',
    'II. NHIỆM VỤ',
    '1. Phòng Kinh tế và Hạ tầng rà soát quy hoạch mạng lưới đường, hoàn thành trong giai đoạn 1.',
    '2. UBND các xã lập danh mục đường thôn cần cứng hóa, gửi Phòng Kinh tế và Hạ tầng trước ngày 30/6/2031.',
  ].join('\n'),
);

describe('a table of phases with a time column', () => {
  it('gives a phase per row with its span', () => {
    expect(draft.phases.map((p) => [p.name, p.deadline?.start, p.deadline?.due])).toEqual([
      ['Giai đoạn 1', '2031-01-01', '2032-12-31'],
      ['Giai đoạn 2', '2033-01-01', '2035-12-31'],
    ]);
  });

  it('drafts no task from its rows', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([
      'Rà soát quy hoạch mạng lưới đường, hoàn thành trong giai đoạn 1',
      'Lập danh mục đường thôn cần cứng hóa, gửi Phòng Kinh tế và Hạ tầng',
    ]);
  });

  it('dates a duty timed by a phase', () => {
    expect(draft.tasks[0]?.deadline?.due).toBe('2032-12-31');
  });
});
