import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): a heading naming the districts and the province's city by its name
// ("Chủ tịch Ủy ban nhân dân các huyện, thị xã và thành phố Hà Trung:") was no unit heading, so its items fell to the issuer.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TRUNG',
    'Số: 12/KH-UBND',
    'Hà Trung, ngày 02 tháng 4 năm 2027',
    'KẾ HOẠCH',
    'Chuyển đổi số năm 2027',
    'II. NHIỆM VỤ',
    '1. Sở Thông tin và Truyền thông hướng dẫn các địa phương triển khai Kế hoạch.',
    '2. Chủ tịch Ủy ban nhân dân các huyện, thị xã và thành phố Hà Trung:',
    '- Rà soát, kiện toàn các Tổ công nghệ số cộng đồng, xong trước ngày 31/5/2027;',
    '- Bố trí máy tính tại mỗi nhà văn hóa thôn, hoàn thành trong năm 2027.',
  ].join('\n'),
);

describe('a collective whose last member is the city named', () => {
  it('heads the items under it', () => {
    const { by, name } = helpers(draft);
    expect(name(by('kiện toàn các Tổ')?.lead)).toMatch(/^Ủy ban nhân dân các huyện, thị xã và thành phố/u);
    expect(name(by('Bố trí máy tính')?.lead)).toMatch(/^Ủy ban nhân dân các huyện, thị xã và thành phố/u);
  });
});
