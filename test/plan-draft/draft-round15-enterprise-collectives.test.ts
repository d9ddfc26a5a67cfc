import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 15 of the drafter): enterprises as a collective subject.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LONG HẢI',
  'Số: 19/KH-UBND',
  'Long Hải, ngày 08 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Bảo đảm an toàn lao động năm 2029',
  'II. NHIỆM VỤ',
];

describe('enterprises as a collective', () => {
  it('"Các công ty …" and "Các doanh nghiệp …" opening a line lead it', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'Các công ty cấp nước sạch báo cáo chất lượng nước về Sở Xây dựng trước ngày 10 hằng tháng.',
        'Các doanh nghiệp vận tải hành khách rà soát, bảo dưỡng phương tiện trước ngày 30/4/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('chất lượng nước')?.lead)).toMatch(/^các công ty/iu);
    expect(name(by('bảo dưỡng phương tiện')?.lead)).toMatch(/^các doanh nghiệp/iu);
  });

  it('the enterprises a unit asks to act are not the lead', () => {
    const draft = draftPlan([...HEAD, '1. Sở Công Thương yêu cầu các doanh nghiệp bán lẻ niêm yết giá công khai trước ngày 15/4/2029.'].join('\n'));
    const { by, name } = helpers(draft);
    expect(name(by('niêm yết giá')?.lead)).toMatch(/^Sở Công Thương/u);
  });
});
