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
