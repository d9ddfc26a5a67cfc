import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): "Kết thúc năm, …" opens a year-end report, due at the year's end like
// "Cuối năm, …".

const draft = draftPlan(
  [
    'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA AN',
    'Số: 11/KH-MTTQ',
    'Hòa An, ngày 05 tháng 4 năm 2029',
    'KẾ HOẠCH',
    'Giám sát việc sử dụng quỹ cứu trợ',
    'III. CHẾ ĐỘ BÁO CÁO',
    'Kết thúc năm, Ban Thường trực Ủy ban MTTQ xã tổng hợp kết quả giám sát, báo cáo Ủy ban MTTQ tỉnh.',
  ].join('\n'),
);

describe('"Kết thúc năm, …"', () => {
  it("is due at the end of the document's year, as an estimate", () => {
    const { by } = helpers(draft);
    expect(by('kết quả giám sát')?.deadline).toMatchObject({ due: '2029-12-31' });
  });
});
