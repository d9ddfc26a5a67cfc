import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 37 of the drafter): items of a ward's plan written in prose open with their topic in a
// sentence of its own ("Thứ hai, về thu gom rác thải."); the topic names what follows and is no task.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ TÂN HƯNG',
    'Số: 31/KH-UBND',
    'Tân Hưng, ngày 02 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Vệ sinh môi trường nông thôn năm 2031',
    'II. NHIỆM VỤ',
    'Thứ nhất, về thông tin, tuyên truyền. Giao công chức Văn hóa - Xã hội xã chủ trì phát thanh các quy định về vệ sinh môi trường, hoàn thành trước ngày 31/3/2031.',
    'Thứ hai, về thu gom rác thải. Công chức Địa chính - Xây dựng xã rà soát các điểm tập kết rác tự phát, báo cáo Ủy ban nhân dân xã trước ngày 15/4/2031.',
    '3. Về kinh phí thực hiện. Công chức Tài chính - Kế toán xã lập dự toán kinh phí trước ngày 20/3/2031.',
  ].join('\n'),
);

describe('an item that opens with its topic in a sentence', () => {
  it('drafts no task from the topic', () => {
    expect(draft.tasks.filter((t) => /^Về\s/u.test(t.title)).map((t) => t.title)).toEqual([]);
  });

  it('keeps the duties after it, with their units and dates', () => {
    const rows = draft.tasks.map((t) => [t.title.slice(0, 20), draft.units.find((u) => u.code === t.lead)?.name, t.deadline?.due]);
    expect(rows).toEqual([
      ['Phát thanh các quy đ', 'Công chức Văn hóa - Xã hội xã Tân Hưng', '2031-03-30'],
      ['Rà soát các điểm tập', 'Công chức Địa chính - Xây dựng xã Tân Hưng', '2031-04-14'],
      ['Lập dự toán kinh phí', 'Công chức Tài chính - Kế toán xã Tân Hưng', '2031-03-19'],
    ]);
  });
});
