import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 4 of the drafter): tables pasted without pipes, directives in prose, short forms beside persons, campaign phases with leads in brackets.

describe('a Danh mục table pasted from Word with TABs between cells', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'DANH MỤC NHIỆM VỤ',
      ['TT', 'Tên nhiệm vụ', 'Thời hạn hoàn thành', 'Cơ quan/Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm'].join('\t'),
      ['1', 'Đo đạc, chỉnh lý bản đồ địa chính xã Tân Lập', 'Quý II/2025', 'Phòng Tài nguyên và Môi trường', '', 'Bản đồ'].join('\t'),
      ['2', 'Lập danh sách thửa đất công do UBND xã'].join('\t'),
      ['quản lý', 'Trước ngày 30/9/2025', 'UBND các xã, thị trấn', 'Văn phòng Đăng ký đất đai', 'Danh sách'].join('\t'),
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each row as a duty with its lead and time, whatever the order of the columns', () => {
    expect(name(by('bản đồ địa chính')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('bản đồ địa chính')?.deadline?.due).toBe('2025-06-30');
    expect(name(by('thửa đất công')?.lead)).toMatch(/^UBND các xã, thị trấn/);
    expect(by('thửa đất công')?.deadline?.due).toBe('2025-09-29');
  });

  it('keeps a cell whose text Word broke onto the next line', () => {
    expect(by('thửa đất công')?.title).toMatch(/UBND xã quản lý$/);
  });
});

describe('a table whose columns are lined up with spaces', () => {
  const rows = [
    ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian', 'Ghi chú'],
    ['1', 'Kiểm kê quỹ đất công ích của các xã', 'Phòng Nông nghiệp', '', 'Tháng 5/2025', 'Có biên bản'],
    ['2', 'Công khai kết quả kiểm kê trên cổng thông tin', 'Văn phòng HĐND và UBND huyện', 'Phòng Tư pháp', '30/6/2025', ''],
  ];
  const widths = [5, 48, 32, 18, 16, 12];
  const draft = draftPlan(
    [
      ...HEAD,
      ...rows.map((r) =>
        r
          .map((c, i) => c.padEnd(widths[i]!))
          .join('')
          .trimEnd(),
      ),
      '',
      'Nơi nhận:',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('places each piece in the column it stands under, so an empty cell stays empty', () => {
    expect(name(by('quỹ đất công ích')?.lead)).toBe('Phòng Nông nghiệp');
    expect(by('quỹ đất công ích')?.deadline?.due).toBe('2025-05-31');
    expect(name(by('Công khai kết quả kiểm kê')?.lead)).toMatch(/^Văn phòng HĐND và UBND huyện/);
    expect(by('Công khai kết quả kiểm kê')?.deadline?.due).toBe('2025-06-30');
  });

  it('reads the support column and leaves the note column out', () => {
    expect(by('Công khai kết quả kiểm kê')?.support.map(name)).toEqual(['Phòng Tư pháp']);
    expect(by('quỹ đất công ích')?.support).toEqual([]);
    expect(by('quỹ đất công ích')?.title).not.toMatch(/biên bản/);
  });
});
