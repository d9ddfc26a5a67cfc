import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 28 of the drafter): periods a lead-in or a heading announces as a list, and "và" that
// joins no two duties.

const leadIn = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN AN LẠC',
    'Số: 21/KH-UBND',
    'An Lạc, ngày 06 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Nạo vét kênh mương nội đồng năm 2029',
    'II. PHẠM VI VÀ TIẾN ĐỘ',
    'Việc nạo vét được chia thành hai thời kỳ:',
    '- Thời kỳ mùa khô (từ ngày 15/3/2029 đến ngày 31/5/2029): nạo vét các tuyến kênh cấp I.',
    '- Thời kỳ sau thu hoạch (từ ngày 01/9/2029 đến ngày 31/10/2029): khơi thông mương nội đồng.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kinh tế',
    'a) Lập danh mục tuyến kênh cần nạo vét trước ngày 10/3/2029.',
  ].join('\n'),
);

const heading = draftPlan(
  [
    'SỞ VĂN HÓA',
    'Số: 40/KH-SVH',
    'Hòa Bình, ngày 02 tháng 4 năm 2029',
    'KẾ HOẠCH',
    'Liên hoan hát dân ca năm 2029',
    'II. CÁC VÒNG LIÊN HOAN',
    'Vòng 1: Tuyển chọn ở cơ sở (từ 02/5/2029 đến 20/5/2029).',
    'Vòng 2: Chung khảo cấp tỉnh (10/6 – 12/6/2029).',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Quản lý văn hóa',
    '- Ban hành thể lệ trước ngày 25/4/2029.',
    '- Chấm điểm hồ sơ dự thi cuối tháng 5/2029, gửi kết quả cho Sở Giáo dục và Đào tạo trước ngày 05/6/2029 để phối hợp.',
    '- Gửi báo cáo quý II và báo cáo 6 tháng năm 2029 về Ủy ban nhân dân tỉnh trước ngày 15/6/2029.',
  ].join('\n'),
);

describe('periods announced as a list', () => {
  it('"… được chia thành hai thời kỳ:" over unnumbered period lines: phases with their spans, no tasks', () => {
    expect(leadIn.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Thời kỳ mùa khô', '2029-03-15', '2029-05-31'],
      ['Thời kỳ sau thu hoạch', '2029-09-01', '2029-10-31'],
    ]);
    expect(leadIn.tasks.map((t) => t.title)).toEqual(['Lập danh mục tuyến kênh cần nạo vét']);
  });

  it('a heading "CÁC VÒNG …" over its round lines, a bare "D/M – D/M/YYYY" span too: phases, no tasks', () => {
    expect(heading.phases.map((p) => [p.start, p.end])).toEqual([
      ['2029-05-02', '2029-05-20'],
      ['2029-06-10', '2029-06-12'],
    ]);
    expect(heading.tasks.some((t) => /vòng/iu.test(t.title))).toBe(false);
  });
});

describe('"và" that joins no two duties', () => {
  const { by } = helpers(heading);
  it("inside a unit's name, after a dated clause", () => {
    expect(heading.tasks.some((t) => /^Đào tạo/u.test(t.title))).toBe(false);
    expect(by('Chấm điểm hồ sơ')?.deadline?.due).toBe('2029-06-04');
  });

  it('between two reports named by their periods', () => {
    expect(heading.tasks.filter((t) => /báo cáo/iu.test(t.title))).toHaveLength(1);
    expect(by('Gửi báo cáo quý II')?.deadline?.due).toBe('2029-06-14');
  });
});
