import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Text written for this test (round 19 of the drafter): a duty table copied out of a PDF, its columns lined up with
// spaces, a header label wrapped onto a second line, group rows alone at the margin (one with no numeral) and the
// header repeated after a page footer.

const row = (cells: string[]) =>
  cells
    .map((c, i) => (i < cells.length - 1 ? c.padEnd([6, 40, 22, 22][i]!) : c))
    .join('')
    .trimEnd();
const HEADER = [row(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối', 'Thời hạn']), row(['', '', '', 'hợp', ''])];

describe('a space-aligned duty table spread over two pages', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LÂM',
      'Số: 40/KH-UBND',
      'Đông Lâm, ngày 05 tháng 3 năm 2029',
      'KẾ HOẠCH',
      'Phát triển thư viện cơ sở năm 2029',
      'PHỤ LỤC NHIỆM VỤ',
      ...HEADER,
      'I. XÂY DỰNG TỦ SÁCH CỘNG ĐỒNG',
      row(['1', 'Bổ sung 3.000 bản sách cho tủ sách các', 'Phòng Văn hóa và', 'UBND các xã', 'Quý II/2029']),
      row(['', 'thôn, tổ dân phố', 'Thông tin huyện', '', '']),
      '',
      'Kế hoạch số 40/KH-UBND - Trang 1',
      ...HEADER,
      row(['2', 'Luân chuyển sách giữa các tủ sách theo', 'Trung tâm Văn hóa', 'Huyện đoàn', 'Trước 30/9/2029']),
      row(['', 'định kỳ', 'huyện', '', '']),
      'KIỂM TRA, ĐÁNH GIÁ',
      row(['3', 'Kiểm tra hoạt động tủ sách tại các xã', 'Phòng Văn hóa và', '', 'Tháng 11/2029']),
      row(['', '', 'Thông tin huyện', '', '']),
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each numbered row with its wrapped cells, across the page break', () => {
    const books = by('Bổ sung 3.000 bản sách');
    expect(books?.source).toContain('thôn, tổ dân phố');
    expect(name(books?.lead)).toMatch(/^Phòng Văn hóa .*Thông tin huyện/);
    expect(books?.deadline?.due).toBe('2029-06-30');
    const rotate = by('Luân chuyển sách');
    expect(name(rotate?.lead)).toMatch(/^Trung tâm Văn hóa huyện/);
    expect(rotate?.deadline?.due).toBe('2029-09-29');
    expect(by('Kiểm tra hoạt động tủ sách')?.lead).toBe(books?.lead);
  });

  it('makes no duty of the group rows, the footer or the repeated header', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(draft.tasks.some((t) => /KIỂM TRA, ĐÁNH GIÁ|Trang 1|Nhiệm vụ/.test(t.title))).toBe(false);
  });
});
