import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 15 of the drafter): a plan pasted from a PDF whose page footer names the document.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'XÃ HÒA BÌNH',
  'Số: 12/KH-UBND',
  'Hòa Bình, ngày 03 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Phòng cháy, chữa cháy rừng mùa khô năm 2029',
  'II. NHIỆM VỤ',
  '1. Công an xã',
];

describe('a page footer or header that names the document', () => {
  it('after the page number: no task, and the sentence it cut joins up', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        '- Lập danh sách hộ gia đình sống gần rừng và',
        '                                   2',
        'UBND xã Hòa Bình - KH PCCCR 2029',
        'gửi về Ủy ban nhân dân xã trước ngày 20/3/2029.',
      ].join('\n'),
    );
    expect(draft.tasks.map((t) => t.title)).toEqual(['Lập danh sách hộ gia đình sống gần rừng và gửi về Ủy ban nhân dân xã']);
  });

  it('before the page number ("… - Kế hoạch phòng cháy" then "- 3 -"): no task', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        '- Tuần tra các khu rừng trọng điểm vào cao điểm nắng nóng.',
        'Phòng cháy rừng xã Hòa Bình - Kế hoạch năm 2029',
        '- 3 -',
        '2. Trạm Y tế xã',
        '- Bố trí tổ sơ cứu trực tại xã.',
      ].join('\n'),
    );
    expect(draft.tasks.map((t) => t.title)).toEqual(['Tuần tra các khu rừng trọng điểm vào cao điểm nắng nóng', 'Bố trí tổ sơ cứu trực tại xã']);
  });

  it('a duty naming a plan, with no page number beside it, stays a duty', () => {
    const draft = draftPlan([...HEAD, '- Phối hợp với Hạt Kiểm lâm - Kế hoạch tuần tra được triển khai hằng tuần'].join('\n'));
    expect(draft.tasks).toHaveLength(1);
  });
});
