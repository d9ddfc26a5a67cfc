import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 26 of the drafter): boards named by the gazetteer that it did not know, the Party
// committee's "Ban Xây dựng Đảng" and the veterans' association's "Ban Chính sách - Kinh tế", as unit headings and subjects.

describe('the Party-building board and the veterans\u2019 welfare board', () => {
  it('"1. Ban Xây dựng Đảng Thị ủy" over dash lines leads them, and is no task', () => {
    const draft = draftPlan(
      [
        'ĐẢNG BỘ TỈNH VÂN PHONG',
        'THỊ ỦY BẮC HÀ',
        'Số 31-KH/TU',
        'Bắc Hà, ngày 06 tháng 3 năm 2029',
        'KẾ HOẠCH',
        'Sơ kết 5 năm thực hiện Chỉ thị về công tác phát triển đảng viên',
        'I. PHÂN CÔNG',
        '1. Ban Xây dựng Đảng Thị ủy',
        '- Xây dựng đề cương báo cáo sơ kết, gửi các chi, đảng bộ cơ sở trước ngày 20/3/2029.',
        '- Tổng hợp số liệu phát triển đảng viên giai đoạn 2024 - 2028 của toàn Đảng bộ.',
        '2. Văn phòng Thị ủy',
        '- Chuẩn bị điều kiện tổ chức hội nghị sơ kết trong tháng 5/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('đề cương báo cáo sơ kết')?.lead)).toMatch(/^Ban Xây dựng Đảng/u);
    expect(name(by('số liệu phát triển đảng viên')?.lead)).toMatch(/^Ban Xây dựng Đảng/u);
    expect(draft.tasks.some((t) => /^Ban Xây dựng Đảng/u.test(t.title))).toBe(false);
  });

  it('"Ban Chính sách - Kinh tế" of the Hội Cựu chiến binh leads its heading\'s lines and its own sentence', () => {
    const draft = draftPlan(
      [
        'HỘI CỰU CHIẾN BINH TỈNH VÂN PHONG',
        'HỘI CCB HUYỆN LONG ĐIỀN',
        'Số: 05/KH-CCB',
        'Long Điền, ngày 10 tháng 02 năm 2029',
        'KẾ HOẠCH',
        'Hỗ trợ hội viên phát triển kinh tế năm 2029',
        'I. NHIỆM VỤ',
        '1. Ban Chính sách - Kinh tế',
        '- Rà soát hội viên có hoàn cảnh khó khăn cần hỗ trợ vốn, xong trước ngày 31/3/2029.',
        '2. Ban Tổ chức - Kiểm tra',
        '- Kiểm tra hoạt động của các tổ tiết kiệm và vay vốn trong quý III/2029.',
        'II. TỔ CHỨC THỰC HIỆN',
        'Ban Chính sách - Kinh tế Hội CCB huyện tổng hợp kết quả, báo cáo Thường trực Hội trước ngày 15/12/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('hỗ trợ vốn')?.lead)).toMatch(/^Ban Chính sách - Kinh tế/u);
    expect(name(by('tổng hợp kết quả')?.lead)).toMatch(/^Ban Chính sách - Kinh tế/u);
  });
});
