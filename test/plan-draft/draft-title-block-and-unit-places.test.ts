import { describe, expect, it } from 'vitest';
import { discoverUnits } from '../../src/core/plan-draft/discover-units.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test in the shape of a provincial decision: the number, dateline, kind and title
// run on in one line in capitals, the issuer written again after the title, then "Căn cứ …" on the next line.
const decision = (authority: string) =>
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA LỘC -------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    `Số: 12/QĐ-UBND Hòa Lộc, ngày 04 tháng 5 năm 2023 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG “VỀ QUAN HỆ LAO ĐỘNG HÀI HÒA” ${authority}`,
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.',
    'II. NHIỆM VỤ',
    '1. Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo gửi Bộ Lao động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.',
    '2. Sở Nội vụ tham mưu Ban cán sự đảng Ủy ban nhân dân tỉnh, Đảng đoàn Liên đoàn Lao động tỉnh hướng dẫn, kiểm tra việc thực hiện.',
    '3. Sở Tư pháp báo cáo Ban Bí thư Trung ương Đảng, Ban Thường vụ Tỉnh ủy kết quả thực hiện trong năm 2023.',
  ].join('\n');

describe('the title of a decision whose heading runs on', () => {
  it.each(['ỦY BAN NHÂN DÂN TỈNH HÒA LỘC', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA LỘC'])(
    'stops at the end of the title block (authority line "%s")',
    (authority) => {
      const { header } = draftPlan(decision(authority));
      expect(header.title).toBe(
        'V/v ban hành chương trình hành động thực hiện chỉ thị số 37-CT/TW của ban bí thư trung ương đảng “về quan hệ lao động hài hòa”',
      );
    },
  );

  it('a title line in the document’s own case after the kind keeps its capitals', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN HÒA LỘC',
      'Số: 31/KH-UBND',
      'Hòa Lộc, ngày 12 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Rà soát đất công tại Thị trấn Hòa Lộc năm 2025',
    ].join('\n');
    expect(draftPlan(text).header.title).toBe('Rà soát đất công tại Thị trấn Hòa Lộc năm 2025');
  });
});

describe('unit names and places', () => {
  const names = draftPlan(decision('ỦY BAN NHÂN DÂN TỈNH HÒA LỘC')).units.map((u) => u.name);

  it('a national body gets no province; a name never doubles its place word', () => {
    expect(names).toContain('Bộ Lao động - Thương binh và Xã hội');
    expect(names).toContain('Ban Bí thư Trung ương Đảng');
    expect(names).toContain('Ban cán sự đảng Ủy ban nhân dân tỉnh Hòa Lộc');
    expect(names.filter((n) => /\btỉnh tỉnh\b|Bộ .* tỉnh|Trung ương .* tỉnh/iu.test(n))).toEqual([]);
  });

  it('in any list next to a provincial body', () => {
    const found = (text: string) => discoverUnits(text, { area: 'Tỉnh Hòa Lộc' }).units.map((u) => u.name);
    expect(found('Báo cáo Văn phòng Chính phủ, Ủy ban nhân dân tỉnh.')).toEqual(['Văn phòng Chính phủ', 'Ủy ban nhân dân tỉnh Hòa Lộc']);
    expect(found('Báo cáo Bộ Tài chính và Sở Tài chính tỉnh.')).toEqual(['Bộ Tài chính', 'Sở Tài chính tỉnh Hòa Lộc']);
    expect(found('Phối hợp Thường trực Huyện ủy huyện, Công an huyện.')).not.toContainEqual(expect.stringMatching(/huyện huyện/iu));
  });
});
