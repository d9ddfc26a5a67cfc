import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 32 of the drafter): the last lettered item of a unit's list, a finished sentence, was taken
// as a heading over the paragraph after it and lost as a task.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 83/KH-UBND',
    'Bình Lâm, ngày 14 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Kiểm kê đất đai năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tài nguyên và Môi trường huyện',
    'a) Hướng dẫn nghiệp vụ kiểm kê cho cán bộ các xã trước ngày 30/3/2029.',
    'b) Tổng hợp số liệu kiểm kê, trình Ủy ban nhân dân huyện trước ngày 30/6/2029.',
    '2. Ủy ban nhân dân các xã, thị trấn',
    'a) Thành lập Tổ kiểm kê cấp xã trước ngày 10/4/2029.',
    'b) Niêm yết công khai kết quả kiểm kê tại trụ sở xã.',
    '',
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Tài nguyên và Môi trường huyện để tổng hợp.',
  ].join('\n'),
);

describe('a lettered item before a closing paragraph', () => {
  it('stays a task of its unit', () => {
    const { by, name } = helpers(draft);
    expect(by('Niêm yết công khai')?.title).toBe('Niêm yết công khai kết quả kiểm kê tại trụ sở xã');
    expect(name(by('Niêm yết công khai')?.lead)).toBe('Ủy ban nhân dân các xã, thị trấn');
  });

  it('leaves the closing paragraph a duty of its own', () => {
    const { by } = helpers(draft);
    expect(by('Trong quá trình thực hiện')?.source).not.toContain('Niêm yết');
  });
});
