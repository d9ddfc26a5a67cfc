import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

const plan = (heading: string, body = '1. Phòng Tài nguyên và Môi trường huyện tổ chức ra quân tổng vệ sinh, hoàn thành trước ngày 30/4/2028.') =>
  `${heading}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Hòa Lạc, ngày 05 tháng 3 năm 2028

KẾ HOẠCH
Tổng vệ sinh môi trường năm 2028

${body}
`;

describe('a body written in capitals keeps its abbreviations in capitals', () => {
  it('in the issuer: abbreviations as written, the body’s own name after them as a name, a place after its level', () => {
    const issuer = (heading: string) => draftPlan(plan(heading)).header.issuer;
    expect(issuer('SỞ GD&ĐT TỈNH LÂM GIANG\nTRƯỜNG THPT ĐÔNG KHÊ')).toBe('Trường THPT Đông Khê');
    expect(issuer('TRƯỜNG PTDTBT THCS NẬM KHẮT')).toBe('Trường PTDTBT THCS Nậm Khắt');
    expect(issuer('TRƯỜNG TH VÀ THCS LÊ LỢI')).toBe('Trường TH và THCS Lê Lợi');
    expect(issuer('ĐOÀN TNCS HỒ CHÍ MINH')).toBe('Đoàn TNCS Hồ Chí Minh');
    expect(issuer('BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM XÃ HÒA LẠC')).toBe('Ban thường trực UBMTTQ Việt Nam xã Hòa Lạc');
    expect(issuer('HĐND VÀ UBND HUYỆN HÒA LẠC')).toBe('HĐND và UBND huyện Hòa Lạc');
    // a heading with no abbreviation is read as before
    expect(issuer('ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC')).toBe('Ủy ban nhân dân huyện Hòa Lạc');
  });

  it('in a title run on after KẾ HOẠCH in capitals', () => {
    const draft = draftPlan(
      plan('ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC').replace(
        'KẾ HOẠCH\nTổng vệ sinh môi trường năm 2028',
        'KẾ HOẠCH PHÒNG CHỐNG DỊCH COVID-19\nTẠI CÁC TRƯỜNG THCS, THPT NĂM 2028',
      ),
    );
    expect(draft.header.title).toBe('Phòng chống dịch COVID-19 tại các trường THCS, THPT năm 2028');
  });

  it('in a label in capitals before its duty: any abbreviation, not only a listed few', () => {
    const draft = draftPlan(
      plan(
        'ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC',
        'III. TỔ CHỨC THỰC HIỆN\n1. BAN CHQS HUYỆN: Tổ chức ra quân tổng vệ sinh doanh trại, hoàn thành trước ngày 30/4/2028.',
      ),
    );
    expect(draft.tasks.map((task) => task.title).join(' | ')).toContain('Ban CHQS huyện');
  });
});
