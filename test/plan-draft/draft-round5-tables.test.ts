import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 5 of the drafter): TAB tables with a header on two lines, cells
// wrapped onto lines of their own, group rows inside the table.

const tabs = (...cells: string[]) => cells.join('\t');

describe('a TAB table whose header wraps onto a second line and whose cells wrap onto lines of TABs', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'DANH MỤC NHIỆM VỤ',
      tabs('STT', 'Nội dung nhiệm vụ', 'Đơn vị', 'Đơn vị', 'Thời hạn', 'Kết quả/'),
      tabs('', '', 'chủ trì', 'phối hợp', 'hoàn thành', 'sản phẩm'),
      tabs('I.', 'Hoàn thiện dữ liệu', '', '', '', ''),
      tabs('1.', 'Làm sạch dữ liệu người hưởng trợ cấp', 'Phòng Lao động - Thương', 'UBND các xã,', 'Trước 31/7/2025', 'Dữ liệu'),
      tabs('', 'xã hội của huyện', 'binh và Xã hội', 'thị trấn', '', 'được làm sạch'),
      tabs('2.', 'Tổng kết việc làm sạch dữ liệu', 'Phòng Tư pháp', '', 'Tháng 12/2025', 'Báo cáo tổng kết'),
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the two header lines as one header, so every row has its lead and time', () => {
    expect(name(by('người hưởng trợ cấp')?.lead)).toBe('Phòng Lao động - Thương binh và Xã hội');
    expect(by('người hưởng trợ cấp')?.deadline?.due).toBe('2025-07-30');
    expect(name(by('Tổng kết việc làm sạch')?.lead)).toBe('Phòng Tư pháp');
  });

  it('joins each wrapped piece to the cell of its column', () => {
    expect(by('người hưởng trợ cấp')?.title).toBe('Làm sạch dữ liệu người hưởng trợ cấp xã hội của huyện');
    expect(by('người hưởng trợ cấp')?.support.map(name)).toEqual(['UBND các xã, thị trấn']);
  });

  it('keeps the product in the citation, and the group row is no duty', () => {
    expect(by('Tổng kết việc làm sạch')?.source).toContain('Sản phẩm: Báo cáo tổng kết');
    expect(draft.tasks.map((t) => t.title)).not.toContain('Hoàn thiện dữ liệu');
    expect(draft.tasks).toHaveLength(2);
  });
});

describe('group rows lettered A., B. inside a TAB table, in capitals or not', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      tabs('STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Đơn vị phối hợp'),
      tabs('A.', 'Phòng, chống tai nạn thương tích', '', '', ''),
      tabs('1', 'Kiểm tra thiết bị vui chơi tại các trường mầm non', 'Phòng Giáo dục và Đào tạo', 'Tháng 4/2025', 'Trung tâm Y tế;'),
      tabs('', '', '', '', 'Hội Chữ thập đỏ'),
      tabs('B.', 'An ninh, trật tự trường học', '', '', ''),
      tabs('2', 'Kiểm tra cơ sở trò chơi điện tử gần trường học', 'Công an huyện', 'Hằng quý', 'Phòng Giáo dục và Đào tạo'),
      tabs('3', 'Xây dựng quy chế phối hợp bảo đảm an ninh trường học', 'Phòng Giáo dục và Đào tạo', 'Quý III/2025', 'Công an huyện'),
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('are headings over the rows, not duties', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([
      'Kiểm tra thiết bị vui chơi tại các trường mầm non',
      'Kiểm tra cơ sở trò chơi điện tử gần trường học',
      'Xây dựng quy chế phối hợp bảo đảm an ninh trường học',
    ]);
    expect(name(by('trò chơi điện tử')?.lead)).toBe('Công an huyện Hòa Lộc');
  });
});

describe('a TAB table with no number column, a cell of two paragraphs pasted on two lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Phòng Tài nguyên và Môi trường giao nhiệm vụ năm 2025 cho các bộ phận như sau:',
      '',
      tabs('Nội dung công việc', 'Thời gian', 'Chủ trì', 'Phối hợp'),
      tabs('Rà soát quy chế quản lý đất công', 'Tháng 5/2025', 'Phòng Tư pháp', ''),
      'Cập nhật quy trình giao đất công ích;',
      tabs('công khai trên trang thông tin của huyện', 'Trước ngày 30/6/2025', 'Văn phòng HĐND và UBND huyện', 'Phòng Tư pháp'),
      tabs('Kiểm tra việc sử dụng đất công tại 05 xã', 'Quý III/2025', 'Thanh tra huyện', ''),
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps reading rows after the broken cell, which joins its two lines', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(by('quy trình giao đất')?.title).toBe('Cập nhật quy trình giao đất công ích');
    expect(by('quy trình giao đất')?.source).toContain('công khai trên trang thông tin của huyện');
    expect(by('quy trình giao đất')?.deadline?.due).toBe('2025-06-29');
    expect(name(by('05 xã')?.lead)).toMatch(/^Thanh tra huyện/);
  });

  it('does not make the lead-in line "… như sau:" a duty for the year it names', () => {
    expect(draft.tasks.some((t) => t.source.includes('như sau'))).toBe(false);
  });
});
