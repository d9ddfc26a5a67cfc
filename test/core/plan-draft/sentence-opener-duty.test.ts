import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): a member organisation's paragraph of sentences, some opening with a
// connective or a time ("Đồng thời, …", "Cuối đợt vận động, …") before their action. Each such sentence is a duty of its own.

const draft = draftPlan(
  [
    'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA AN',
    'Số: 08/KH-MTTQ',
    'Hòa An, ngày 02 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Vận động xây nhà cho hộ khó khăn',
    'II. PHÂN CÔNG',
    '1. Hội Cựu chiến binh xã',
    'Hội Cựu chiến binh xã vận động hội viên góp ngày công làm nhà cho hộ khó khăn. Đồng thời, phối hợp Ngân hàng Chính sách xã hội xét hỗ trợ vốn cho 08 hộ, giải ngân xong trong tháng 6/2029.',
    '2. Hội Liên hiệp Phụ nữ xã',
    'Lập danh sách phụ nữ đơn thân cần hỗ trợ, hoàn thành trước ngày 15/3/2029. Cuối đợt vận động, công bố kết quả trên loa truyền thanh xã.',
  ].join('\n'),
);

describe('a sentence that opens with a connective or a time, then its action', () => {
  it('after an undated duty, with its own date, is a duty of its own', () => {
    const { by, name } = helpers(draft);
    expect(by('góp ngày công')?.deadline).toBeUndefined();
    expect(by('hỗ trợ vốn cho 08 hộ')?.deadline).toMatchObject({ due: '2029-06-30' });
    expect(name(by('hỗ trợ vốn cho 08 hộ')?.lead)).toMatch(/^Hội Cựu chiến binh/u);
  });

  it('after a dated duty, without a date, is a duty of its own', () => {
    const { by } = helpers(draft);
    expect(by('phụ nữ đơn thân')?.deadline).toMatchObject({ due: '2029-03-14' });
    const publish = by('công bố kết quả');
    expect(publish).toBeDefined();
    expect(publish?.body).not.toMatch(/đơn thân/u);
  });
});
