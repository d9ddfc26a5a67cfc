import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 25 of the drafter): one activity scheduled in a table with no content column.

const HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH HẢI LONG',
  'SỞ CÔNG THƯƠNG',
  'Số: 21/KH-SCT',
  'Hải Long, ngày 04 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Kiểm tra an toàn điện năm 2029',
];

describe('schedule tables with no content column', () => {
  it('"STT⇥Huyện⇥Số cơ sở⇥Thời gian⇥Đơn vị chủ trì": each row is a task at its place, with its lead and time', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NỘI DUNG',
        '1. Kiểm tra an toàn điện tại các cơ sở sản xuất theo lịch sau:',
        'STT\tHuyện\tSố cơ sở\tThời gian\tĐơn vị chủ trì',
        '1\tHuyện Tân Lạc\t14\tTừ ngày 10/4 đến ngày 14/4/2029\tPhòng Kỹ thuật an toàn - Môi trường',
        '2\tHuyện Mai Sơn\t8\tTrong tháng 5/2029\tThanh tra Sở',
        '2. Văn phòng Sở tổng hợp kết quả kiểm tra trước ngày 15/6/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('Huyện Tân Lạc')?.lead)).toBe('Phòng Kỹ thuật an toàn - Môi trường');
    expect(by('Huyện Tân Lạc')?.deadline?.due).toBe('2029-04-14');
    expect(name(by('Huyện Mai Sơn')?.lead)).toBe('Thanh tra Sở');
    expect(by('Huyện Mai Sơn')?.deadline?.due).toBe('2029-05-31');
    expect(by('Văn phòng Sở tổng hợp')).toBeDefined();
  });

  it('a table with a lead and a time but no number column stays no assignment table', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NỘI DUNG',
        '1. Thanh tra Sở kiểm tra các cơ sở theo lịch sau:',
        'Huyện\tThời gian\tĐơn vị chủ trì',
        'Huyện Tân Lạc\tTháng 4/2029\tThanh tra Sở',
      ].join('\n'),
    );
    expect(helpers(draft).by('Huyện Tân Lạc')?.title).not.toBe('Huyện Tân Lạc');
  });
});
