import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 31 of the drafter): collectives the gazetteer has no head for, or names only in the singular.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 77/KH-UBND',
    'Bình Lâm, ngày 10 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phát triển nông nghiệp an toàn năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nông nghiệp và Môi trường huyện',
    '- Hướng dẫn quy trình VietGAP trước ngày 30/4/2029.',
    '2. Các hợp tác xã',
    '- Tổ chức sản xuất theo quy trình VietGAP trước ngày 30/6/2029.',
    '3. Các cơ sở sản xuất, kinh doanh thực phẩm ký cam kết bảo đảm an toàn thực phẩm trước ngày 15/3/2029.',
    '4. Các tổ tiêm phòng xã, thị trấn tiêm cho toàn bộ gia súc trong tháng 4/2029.',
    '5. Các Đội Thống kê khu vực',
    '- Thu thập thông tin tại hộ chăn nuôi trước ngày 31/5/2029.',
  ].join('\n'),
);

describe('a collective outside the gazetteer', () => {
  const { by, name } = helpers(draft);
  it('"các hợp tác xã" and "các cơ sở sản xuất, kinh doanh …" lead their duties', () => {
    expect(name(by('theo quy trình VietGAP trước ngày 30/6')?.lead)).toMatch(/^các hợp tác xã$/iu);
    expect(name(by('ký cam kết')?.lead)).toMatch(/^các cơ sở sản xuất, kinh doanh thực phẩm$/iu);
  });

  it('"các tổ tiêm phòng xã, thị trấn" leads its duty', () => {
    expect(name(by('toàn bộ gia súc')?.lead)).toMatch(/^các tổ tiêm phòng xã, thị trấn$/iu);
  });

  it('"Các Đội …" is that team of every area, a collective', () => {
    expect(name(by('hộ chăn nuôi')?.lead)).toMatch(/^các Đội Thống kê khu vực$/iu);
  });
});
