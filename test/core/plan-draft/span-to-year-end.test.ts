import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 37 of the drafter): work "bắt đầu từ ngày A và duy trì trong suốt năm Y" or "từ ngày A đến
// hết năm Y" runs from that day to the end of the year; a dated sentence after it is a duty of its own.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ PHÚ MỸ',
    'Số: 18/KH-UBND',
    'Phú Mỹ, ngày 20 tháng 2 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống dịch bệnh trên đàn gia súc năm 2031',
    'II. NHIỆM VỤ',
    '1. Công chức Nông nghiệp xã chủ trì hướng dẫn các hộ chăn nuôi vệ sinh chuồng trại, bắt đầu từ ngày 01/3/2031 và duy trì trong suốt năm 2031. Đồng thời phát tờ gấp về tiêm phòng đến các thôn, xong trước ngày 20/3/2031.',
    '2. Trưởng các thôn theo dõi tình hình đàn gia súc từ ngày 15/3/2031 đến hết năm 2031.',
  ].join('\n'),
);

describe('work from a day to the end of its year', () => {
  it('is a period to 31/12', () => {
    const guide = draft.tasks.find((t) => t.title.includes('vệ sinh chuồng trại'));
    expect([guide?.deadline?.start, guide?.deadline?.due]).toEqual(['2031-03-01', '2031-12-31']);
    const watch = draft.tasks.find((t) => t.title.includes('đàn gia súc'));
    expect([watch?.deadline?.start, watch?.deadline?.due]).toEqual(['2031-03-15', '2031-12-31']);
  });

  it('leaves the dated sentence after it a duty of its own', () => {
    expect(draft.tasks.find((t) => t.title.includes('tờ gấp'))?.deadline?.due).toBe('2031-03-19');
  });
});
