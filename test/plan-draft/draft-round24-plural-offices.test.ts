import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 24 of the drafter): one office named in the plural is that office of every district.

const HEAD = [
  'UBND TỈNH HÀ NGUYÊN',
  'SỞ VĂN HÓA VÀ THỂ THAO',
  'Số: 18/KH-SVHTT',
  'Hà Nguyên, ngày 04 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Kiểm kê di tích năm 2029',
];

describe('an office named in the plural', () => {
  it('"Các Phòng X, các đơn vị …:" heads its lines as a collective, not the issuer', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        '1. Phòng Quản lý di sản: Hướng dẫn biểu mẫu kiểm kê trước ngày 20/3/2029.',
        '2. Các Phòng Văn hóa và Thông tin, các đơn vị sự nghiệp thuộc Sở:',
        '- Kiểm kê di tích trên địa bàn, gửi Sở trước ngày 30/6/2029.',
        '- Cập nhật hồ sơ di tích lên cơ sở dữ liệu ngành.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('Kiểm kê di tích trên địa bàn')?.lead)).toBe('các Phòng Văn hóa và Thông tin');
    expect(name(by('hồ sơ di tích')?.lead)).toBe('các Phòng Văn hóa và Thông tin');
    expect(draft.units.map((u) => u.name)).not.toContain('Phòng Văn hóa và Thông tin');
  });

  it('"các Sở X, Sở Y" stays a list of units, as before', () => {
    const draft = draftPlan(
      [...HEAD, 'I. NHIỆM VỤ', '1. Đề nghị các Sở Tài chính, Sở Xây dựng thẩm định dự toán tu bổ di tích trước ngày 30/4/2029.'].join('\n'),
    );
    expect(draft.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Sở Tài chính', 'Sở Xây dựng']));
  });
});
