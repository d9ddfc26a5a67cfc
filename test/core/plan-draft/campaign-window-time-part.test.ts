import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 37 of the drafter): under the plan's time part, "Đợt cao điểm triển khai trên địa bàn …, từ
// ngày A đến ngày B, chia làm … giai đoạn:" sets the campaign's window; it is no task, and a duty run "trong suốt thời gian cao
// điểm" runs that window.

const draft = draftPlan(
  [
    'BAN CHỈ ĐẠO 138 HUYỆN TÂN PHÚ',
    'Số: 05/KH-BCĐ',
    'Tân Phú, ngày 01 tháng 4 năm 2031',
    'KẾ HOẠCH',
    'Đợt cao điểm trấn áp tội phạm dịp lễ 30/4 và 01/5 năm 2031',
    'II. THỜI GIAN, ĐỊA BÀN',
    'Đợt cao điểm triển khai trên địa bàn 09 xã, thị trấn thuộc huyện, từ ngày 10/4/2031 đến ngày 10/5/2031, chia làm 02 giai đoạn:',
    'Giai đoạn 1 (từ ngày 10/4/2031 đến ngày 24/4/2031): Nắm tình hình, tuyên truyền.',
    'Giai đoạn 2 (từ ngày 25/4/2031 đến ngày 10/5/2031): Tấn công trấn áp tội phạm.',
    'III. NHIỆM VỤ',
    '1. Phòng Văn hóa và Thông tin huyện:',
    '- Tuyên truyền về đợt cao điểm trên loa truyền thanh các xã trong suốt thời gian cao điểm.',
  ].join('\n'),
);

describe("the campaign's window under the time part", () => {
  it('is no task', () => {
    expect(draft.tasks.filter((t) => t.title.includes('09 xã'))).toEqual([]);
  });

  it('times a duty run during the peak', () => {
    const task = draft.tasks.find((t) => t.title.includes('loa truyền thanh'));
    expect([task?.deadline?.start, task?.deadline?.due]).toEqual(['2031-04-10', '2031-05-10']);
  });
});
