import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 43 of the drafter): rounds of one duty given as a count and its days ("02 đợt … vào ngày A và ngày
// B"), and as "đợt 1 …; đợt 2 …" after a colon when the duty's time line says only "theo từng đợt".

const plan = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN KHE SƠN',
    'Số: 14/KH-UBND',
    'Khe Sơn, ngày 10 tháng 01 năm 2031',
    'KẾ HOẠCH',
    'Chăm sóc sức khỏe ban đầu năm 2031',
    'II. NHIỆM VỤ',
    '1. Trung tâm Y tế huyện chủ trì tổ chức 02 đợt tẩy giun cho học sinh tiểu học vào ngày 15/3/2031 và ngày 15/9/2031.',
    '2. Tập huấn kỹ năng sơ cứu cho nhân viên y tế thôn: đợt 1 cho các xã phía Đông trong tháng 4/2031; đợt 2 cho các xã phía Tây trong tháng 8/2031.',
    'Đầu mối: Trung tâm Y tế huyện | Tham gia: Phòng Văn hóa - Xã hội | Hoàn thành: theo từng đợt',
  ].join('\n'),
);

const dues = (words: string) =>
  plan.tasks
    .filter((t) => t.title.includes(words))
    .map((t) => t.deadline?.due)
    .sort();

describe('rounds of one duty', () => {
  it('makes one task per day after "02 đợt … vào ngày A và ngày B"', () => {
    expect(dues('tẩy giun')).toEqual(['2031-03-15', '2031-09-15']);
  });

  it('reads "đợt 1 …; đợt 2 …" in the duty when its time line says "theo từng đợt"', () => {
    expect(dues('Tập huấn kỹ năng sơ cứu')).toEqual(['2031-04-30', '2031-08-31']);
  });
});
