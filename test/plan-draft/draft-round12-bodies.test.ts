import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): bodies outside the Sở/Phòng system as the leads of duties.

describe('state bodies outside the Sở/Phòng system', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Bảo hiểm xã hội huyện cấp thẻ bảo hiểm y tế cho hộ nghèo trước ngày 31/3/2025.',
      '2. Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân vốn vay trong tháng 6/2025.',
      '3. Quỹ Bảo trợ trẻ em tỉnh vận động học bổng trước ngày 15/8/2025.',
      '4. Quỹ Phòng, chống thiên tai tỉnh hỗ trợ kinh phí sửa nhà trong quý III/2025.',
      '5. Bưu điện huyện chi trả trợ cấp trước ngày 10 hằng tháng.',
      '6. Thống kê tỉnh Hòa Lâm cung cấp số liệu hộ nghèo trong tháng 11/2025.',
      '7. Thi hành án dân sự tỉnh Hòa Lâm rà soát các vụ việc thi hành án trong quý III/2025.',
      '8. Các tổ tiết kiệm và vay vốn họp bình xét cho vay vào ngày 15 hằng tháng.',
      '9. Hội Cựu thanh niên xung phong huyện thăm hội viên khó khăn trong tháng 7/2025.',
      'Người dân tham gia bảo hiểm xã hội tự nguyện; số liệu thống kê được công khai.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each body by its name and level', () => {
    expect(name(by('thẻ bảo hiểm y tế')?.lead)).toBe('Bảo hiểm xã hội huyện Hòa Lộc');
    expect(name(by('giải ngân vốn vay')?.lead)).toMatch(/^Phòng giao dịch Ngân hàng Chính sách xã hội huyện/);
    expect(name(by('chi trả trợ cấp')?.lead)).toMatch(/^Bưu điện huyện/);
    expect(name(by('số liệu hộ nghèo')?.lead)).toBe('Thống kê tỉnh Hòa Lâm');
    expect(name(by('vụ việc thi hành án')?.lead)).toBe('Thi hành án dân sự tỉnh Hòa Lâm');
    expect(name(by('thăm hội viên')?.lead)).toMatch(/^Hội Cựu thanh niên xung phong huyện/);
  });

  it('keeps two funds of one province apart', () => {
    const child = by('học bổng')?.lead;
    const disaster = by('sửa nhà')?.lead;
    expect(name(child)).toBe('Quỹ Bảo trợ trẻ em tỉnh');
    expect(name(disaster)).toBe('Quỹ Phòng, chống thiên tai tỉnh');
    expect(child).not.toBe(disaster);
  });

  it('reads a commune’s savings-and-loan groups as a collective', () => {
    expect(name(by('bình xét cho vay')?.lead)).toMatch(/^các tổ tiết kiệm và vay vốn$/i);
  });

  it('names no unit from the same words in lower case', () => {
    expect(draft.units.map((u) => u.name).filter((n) => /^(?:bảo hiểm|thống kê)/iu.test(n) && !/huyện|tỉnh/u.test(n))).toEqual([]);
  });
});
