import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 28 of the drafter): a duty due some days after each round of a campaign.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN HÒA',
    'Số: 09/KH-UBND',
    'An Hòa, ngày 02 tháng 02 năm 2029',
    'KẾ HOẠCH',
    'Tiêm phòng cho đàn gia cầm năm 2029',
    'II. THỜI GIAN',
    '- Đợt 1 (từ ngày 01/3/2029 đến ngày 20/3/2029): tiêm tại các ấp phía Bắc.',
    '- Đợt 2 (từ ngày 01/9/2029 đến ngày 20/9/2029): tiêm toàn xã.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Ban nhân dân các ấp',
    '- Thống kê số gia cầm được tiêm, báo cáo Ủy ban nhân dân xã chậm nhất 04 ngày sau khi kết thúc mỗi đợt.',
    '2. Đội Quản lý trật tự xã',
    '- Kiểm tra việc nuôi nhốt trong hai đợt tiêm, báo cáo kết quả từng đợt chậm nhất 05 ngày sau khi kết thúc đợt.',
  ].join('\n'),
);
const { by } = helpers(draft);

describe('a duty due some days after each round', () => {
  it('is due that many days after the first round ends, the other rounds named in a note', () => {
    const task = by('Thống kê số gia cầm');
    expect(task?.deadline?.due).toBe('2029-03-24');
    expect(task?.reviewNotes.join(' ')).toContain('2029-09-24');
  });

  it('work through the rounds with its report as a side clause is not dated by the first round', () => {
    expect(by('Kiểm tra việc nuôi nhốt')?.deadline?.due).not.toBe('2029-03-25');
  });
});
