import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 24 of the drafter): the periods of a season or a school year, written as unnumbered
// headings with their span in brackets, or as lines that say when each period starts and ends.

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TRÀ', 'Số: 22/KH-UBND', 'Sơn Trà, ngày 05 tháng 3 năm 2029', 'KẾ HOẠCH', 'Phòng, chống hạn mặn năm 2029'];

describe('period headings', () => {
  it('"THỜI KỲ THỨ NHẤT - … (từ … đến …)" headings over numbered unit items are phases and no tasks; the unit items under them keep their leads', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        'THỜI KỲ THỨ NHẤT - ĐẦU MÙA KHÔ (từ 10/3/2029 đến 30/4/2029)',
        '1. Phòng Nông nghiệp và Môi trường: Kiểm tra các cống ngăn mặn trước ngày 25/3/2029.',
        '2. UBND các xã: Nạo vét kênh mương nội đồng.',
        'THỜI KỲ THỨ HAI - CAO ĐIỂM HẠN MẶN (từ 01/5/2029 đến 30/6/2029)',
        '1. Phòng Nông nghiệp và Môi trường: Đo độ mặn tại các cửa sông.',
        'II. TỔ CHỨC THỰC HIỆN',
        'Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual([
      ['2029-03-10', '2029-04-30'],
      ['2029-05-01', '2029-06-30'],
    ]);
    expect(draft.tasks.some((t) => /THỜI KỲ/u.test(t.title))).toBe(false);
    expect(name(by('cống ngăn mặn')?.lead)).toBe('Phòng Nông nghiệp và Môi trường');
    expect(name(by('kênh mương')?.lead)).toMatch(/các xã/u);
    expect(by('độ mặn')).toBeDefined();
  });

  it('a sentence that opens with "Thời kỳ …" and goes on is no heading', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        '1. Phòng Nông nghiệp và Môi trường: Thời kỳ thứ nhất kiểm tra các cống ngăn mặn, báo cáo UBND huyện trước ngày 25/3/2029.',
      ].join('\n'),
    );
    expect(draft.phases).toHaveLength(0);
    expect(helpers(draft).by('cống ngăn mặn')).toBeDefined();
  });
});

describe('periods stated by their start and end', () => {
  const SCHOOL = ['TRƯỜNG TRUNG CẤP NÔNG LÂM', 'Số: 40/KH-TCNL', 'Hòa Bắc, ngày 15 tháng 8 năm 2029', 'KẾ HOẠCH', 'Đào tạo năm học 2029-2030'];

  it('"X bắt đầu / khai giảng … A, kết thúc / khép lại … B" under a time heading is a phase from A to B, no task', () => {
    const draft = draftPlan(
      [
        ...SCHOOL,
        'I. KẾ HOẠCH THỜI GIAN',
        '- Năm học 2029-2030 khai giảng ngày 05/9/2029 và kết thúc chậm nhất ngày 31/5/2030.',
        '- Học kỳ I bắt đầu thứ Hai 10/9/2029, khép lại vào thứ Bảy 19/01/2030.',
        '- Học kỳ II: bắt đầu ngày 21/01/2030 và kết thúc ngày 30/5/2030.',
        '- Đợt thực hành tay nghề tại trang trại của nhà trường bắt đầu ngày 02/3/2030, kết thúc ngày 27/3/2030.',
        'II. NHIỆM VỤ',
        '1. Phòng Đào tạo: Xếp thời khóa biểu học kỳ I trước ngày 30/8/2029.',
      ].join('\n'),
    );
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Năm học 2029-2030', '2029-09-05', '2030-05-31'],
      ['Học kỳ I', '2029-09-10', '2030-01-19'],
      ['Học kỳ II', '2030-01-21', '2030-05-30'],
      ['Đợt thực hành tay nghề tại trang trại của nhà trường', '2030-03-02', '2030-03-27'],
    ]);
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Xếp thời khóa biểu/u)]);
  });
});
