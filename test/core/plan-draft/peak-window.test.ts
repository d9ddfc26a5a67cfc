import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): a directive's preamble sets the peak's window in a sentence ("Thời gian
// cao điểm … được tính từ A đến hết ngày B"); it is a phase, and a duty run "trong suốt thời gian cao điểm nêu trên" runs that window.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÒA SƠN',
    'Số: 08/CT-UBND',
    'Hòa Sơn, ngày 20 tháng 4 năm 2031',
    'CHỈ THỊ',
    'Về phòng, chống cháy rừng mùa khô năm 2031',
    'Mùa khô năm 2031 được dự báo nắng nóng kéo dài. Thời gian cao điểm phòng, chống cháy rừng trên địa bàn tỉnh được tính từ ngày 01/5/2031 đến hết ngày 31/8/2031. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
    '1. Chi cục Kiểm lâm bố trí lực lượng trực canh lửa 24/24 giờ trong suốt thời gian cao điểm nêu trên.',
    '2. Sở Tài chính tham mưu bố trí kinh phí phòng cháy rừng trước ngày 15/5/2031.',
  ].join('\n'),
);

describe("the peak's window set in the preamble", () => {
  it('is a phase', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([['Thời gian cao điểm', '2031-05-01', '2031-08-31']]);
  });

  it('times the duty run during it, flagged', () => {
    const task = draft.tasks.find((t) => t.title.includes('trực canh lửa'));
    expect([task?.deadline?.start, task?.deadline?.due]).toEqual(['2031-05-01', '2031-08-31']);
    expect(task?.review).toBe(true);
  });
});
