import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): a campaign counted in numbered weeks, its stages given by weeks and
// dates, its duties timed "trong Tuần N" (one duty in two rounds) and by the end of a stage.

const draft = draftPlan(
  [
    'UBND XÃ AN PHÚ',
    'Số: 40/KH-UBND',
    'An Phú, ngày 20 tháng 02 năm 2029',
    'KẾ HOẠCH',
    'Ra quân làm sạch kênh mương',
    'I. THỜI GIAN',
    'Đợt ra quân kéo dài 06 tuần, từ ngày 05/3/2029 đến ngày 15/4/2029, gồm:',
    '- Giai đoạn 1 (Tuần 1 - Tuần 3, từ 05/3 đến 25/3/2029): khảo sát, vận động;',
    '- Giai đoạn 2 (Tuần 4 - Tuần 6, từ 26/3 đến 15/4/2029): nạo vét.',
    'II. NHIỆM VỤ',
    '- Ban Quản lý thủy nông khảo sát các tuyến kênh bị bồi lấp, xong trong Tuần 2.',
    '- Hội Nông dân xã ra quân vớt bèo 02 đợt: đợt 1 trong Tuần 4, đợt 2 trong Tuần 6.',
    '- Công chức Địa chính lập bản đồ tuyến kênh; kết thúc Giai đoạn 1 phải gửi bản đồ về UBND xã.',
  ].join('\n'),
);

describe('a campaign counted in numbered weeks', () => {
  it('dates "trong Tuần N" at the last day of that week, flagged', () => {
    const { by } = helpers(draft);
    expect(by('tuyến kênh bị bồi lấp')?.deadline).toMatchObject({ due: '2029-03-18' });
    expect(by('tuyến kênh bị bồi lấp')?.review).toBe(true);
  });

  it('gives each round of a duty its own week', () => {
    const dues = draft.tasks.filter((t) => t.body.includes('vớt bèo')).map((t) => t.deadline?.due);
    expect(dues).toEqual(['2029-04-01', '2029-04-15']);
  });

  it('dates "kết thúc Giai đoạn N" at the stage\'s end', () => {
    const { by } = helpers(draft);
    expect(by('bản đồ tuyến kênh')?.deadline).toMatchObject({ due: '2029-03-25' });
  });
});
