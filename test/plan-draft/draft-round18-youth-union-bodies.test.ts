import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 18 of the drafter): a district Đoàn's plan whose sections are its own bodies, the
// Pioneers' council, the Đoàn of its communes written by their level, and school Đoàn named after a person.

describe("a district Đoàn's own bodies as leads", () => {
  const draft = draftPlan(
    [
      'BCH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN MỸ LỘC',
      'Số: 21-KH/HĐTN',
      'Mỹ Lộc, ngày 04 tháng 4 năm 2029',
      'KẾ HOẠCH',
      'Hội trại truyền thống năm 2029',
      'I. PHÂN CÔNG',
      '1. Hội đồng Đội huyện: Phối hợp với Nhà Thiếu nhi huyện dựng trại mẫu cho các liên đội, xong trước ngày 20/4/2029.',
      '2. Đoàn các xã, thị trấn',
      'Cử trại sinh tham dự Hội trại, gửi danh sách về Huyện đoàn trước ngày 15/4/2029.',
      'Chuẩn bị lều trại và trang phục cho trại sinh.',
      '3. Đoàn Trường THPT Lý Thường Kiệt: Dàn dựng tiết mục văn nghệ cho đêm lửa trại trước ngày 22/4/2029.',
      '4. Đoàn xã Mỹ Hưng: Bảo đảm nước sạch tại khu trại.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "Hội đồng Đội huyện: Phối hợp với …" as led by the council', () => {
    expect(name(by('dựng trại mẫu')?.lead)).toMatch(/^Hội đồng Đội huyện/);
  });

  it('reads "Đoàn các xã, thị trấn" as the lead of the lines under it', () => {
    expect(name(by('Cử trại sinh')?.lead)).toBe('Đoàn các xã, thị trấn');
    expect(name(by('Chuẩn bị lều trại')?.lead)).toBe('Đoàn các xã, thị trấn');
  });

  it('reads a school Đoàn named after a person, and a commune Đoàn by its name', () => {
    expect(name(by('tiết mục văn nghệ')?.lead)).toBe('Đoàn Trường THPT Lý Thường Kiệt');
    expect(name(by('nước sạch')?.lead)).toBe('Đoàn xã Mỹ Hưng');
  });

  it('still reads no unit from "đoàn kết" or a delegation in lower case', () => {
    const other = draftPlan(
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ MỸ HƯNG',
        'Số: 3/KH-UBND',
        'Mỹ Hưng, ngày 04 tháng 4 năm 2029',
        'KẾ HOẠCH',
        'Đón đoàn công tác',
        'I. NHIỆM VỤ',
        '1. Công an xã: Bảo đảm an ninh khi đoàn xã bạn đến thăm trước ngày 10/4/2029.',
      ].join('\n'),
    );
    expect(other.units.map((u) => u.name).some((n) => /^Đoàn/.test(n))).toBe(false);
  });
});
