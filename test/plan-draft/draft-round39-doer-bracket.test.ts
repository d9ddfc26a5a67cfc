import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 39 of the drafter): calendar lines under month headings that name their doer in a closing
// bracket "(Thực hiện: X)" or "(Thực hiện: X; phối hợp: Y)".

describe('a dash line closed by "(Thực hiện: …)" under a month heading', () => {
  const draft = draftPlan(
    [
      'TRƯỜNG THCS HÒA PHÚ',
      'Số: 21/KH-THCS',
      'Hòa Phú, ngày 05 tháng 9 năm 2028',
      'KẾ HOẠCH',
      'Hoạt động ngoại khóa năm học 2028 - 2029',
      'I. LỊCH HOẠT ĐỘNG',
      'Tháng 10/2028:',
      '- Hội thi vẽ tranh "Ngôi trường em yêu" cho học sinh khối 6 (Thực hiện: Liên đội).',
      '- Ban Giám hiệu duyệt danh sách câu lạc bộ năng khiếu trước ngày 15/10/2028.',
      'Tháng 11/2028:',
      '- Giải bóng đá mini chào mừng ngày 20/11 (Thực hiện: Đoàn trường; phối hợp: Công đoàn trường).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the unit in the bracket as the lead and keeps the month as the deadline', () => {
    expect(name(by('Hội thi vẽ tranh')?.lead)).toBe('Liên đội');
    expect(by('Hội thi vẽ tranh')?.deadline?.due).toBe('2028-10-31');
    expect(name(by('Giải bóng đá mini')?.lead)).toBe('Đoàn trường');
  });

  it('leaves the other lines of the month as they were', () => {
    expect(name(by('câu lạc bộ năng khiếu')?.lead)).toBe('Ban Giám hiệu');
    expect(by('câu lạc bộ năng khiếu')?.deadline?.due).toMatch(/^2028-10-1[45]$/);
  });
});
