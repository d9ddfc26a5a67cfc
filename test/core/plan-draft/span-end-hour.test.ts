import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): a span whose end names its hour ("từ ngày D1 đến 17 giờ 00 ngày D2") ends on
// D2; it was read as due on its first day.

const draft = draftPlan(
  [
    'ỦY BAN BẦU CỬ',
    'HUYỆN BÌNH LÂM',
    'Số: 12/KH-UBBC',
    'Bình Lâm, ngày 10 tháng 01 năm 2031',
    'KẾ HOẠCH',
    'Triển khai công tác bầu cử năm 2031',
    'II. NHIỆM VỤ',
    '1. Ủy ban bầu cử huyện nhận hồ sơ của người ứng cử từ ngày 22/02/2031 đến 17 giờ 00 ngày 14/3/2031.',
    '2. Ủy ban nhân dân các xã niêm yết danh sách cử tri từ ngày 01/4/2031 đến 17h00 ngày 20/4/2031.',
    '3. Phòng Nội vụ huyện tổng hợp hồ sơ, gửi Ủy ban bầu cử huyện trước 17 giờ ngày 16/3/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a span that ends at an hour of its last day', () => {
  it('is due on that day, from its first', () => {
    expect(task('Nhận hồ sơ')?.deadline).toMatchObject({ kind: 'period', start: '2031-02-22', due: '2031-03-14' });
    expect(task('Niêm yết danh sách')?.deadline).toMatchObject({ kind: 'period', start: '2031-04-01', due: '2031-04-20' });
  });

  it('leaves "trước 17 giờ ngày D" due on D', () => {
    expect(task('Tổng hợp hồ sơ')?.deadline?.due).toBe('2031-03-16');
  });
});
