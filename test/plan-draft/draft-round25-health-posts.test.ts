import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 25 of the drafter): the communes' health posts named in lower case as a collective.

const HEAD = [
  'SỞ Y TẾ TỈNH BẮC HÀ',
  'TRUNG TÂM Y TẾ HUYỆN YÊN THỦY',
  'Số: 30/KH-TTYT',
  'Yên Thủy, ngày 02 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Uống vitamin A đợt 1 năm 2029',
];

describe('"các trạm y tế xã, thị trấn" in lower case', () => {
  it('is a collective that leads the duty whose doer it is after the colon', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NỘI DUNG',
        '1. Cho trẻ uống vitamin A tại điểm uống từ ngày 01/6 đến ngày 02/6/2029: các trạm y tế xã, thị trấn thực hiện.',
        '2. Tổng hợp số trẻ được uống, gửi Khoa Dinh dưỡng trước ngày 10/6/2029: các trạm y tế phường, xã thực hiện.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('điểm uống')?.lead)).toMatch(/^Các trạm y tế xã, thị trấn$/iu);
    expect(name(by('số trẻ được uống')?.lead)).toMatch(/^Các trạm y tế phường, xã$/iu);
  });

  it('"tại trạm y tế" with no "các" names a place, no unit', () => {
    const draft = draftPlan([...HEAD, 'I. NỘI DUNG', '1. Khoa Dinh dưỡng tập huấn cán bộ tại trạm y tế xã Ngọc Lương trước ngày 20/5/2029.'].join('\n'));
    const { by, name } = helpers(draft);
    expect(name(by('tập huấn cán bộ')?.lead)).toBe('Khoa Dinh dưỡng');
  });
});
