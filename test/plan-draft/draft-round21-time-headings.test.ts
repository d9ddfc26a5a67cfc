import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 21 of the drafter): programmes laid out by month, quarter and half-year headings.

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ', 'Số: 07/CTr-UBND', 'An Phú, ngày 09 tháng 01 năm 2030', 'CHƯƠNG TRÌNH', 'Công tác năm 2030'];

describe('numbered month and quarter headings with no colon', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. LỊCH CÔNG TÁC',
      '1. Tháng 02/2030',
      '- Phòng Nội vụ trình Quyết định kiện toàn Hội đồng thi đua, khen thưởng huyện năm 2030.',
      '- Công an huyện tổ chức ra quân bảo đảm trật tự giao thông vào ngày 12/02/2030.',
      '2. Quý II/2030',
      '- Phòng Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể; báo cáo kết quả trước ngày 10/5/2030.',
      '- Phòng Tài chính - Kế hoạch thẩm định dự toán kinh phí năm 2031 của các xã.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('is no task and dates each line under it that has no date of its own', () => {
    expect(draft.tasks.some((t) => /^(?:Tháng 02\/2030|Quý II\/2030)$/.test(t.title))).toBe(false);
    expect(by('kiện toàn Hội đồng thi đua')?.deadline?.due).toBe('2030-02-28');
    expect(by('thẩm định dự toán')?.deadline?.due).toBe('2030-06-30');
  });

  it('keeps a day of the line inside the heading span, and the heading for the undated clause of a split line', () => {
    expect(by('ra quân bảo đảm trật tự')?.deadline?.due).toBe('2030-02-12');
    expect(draft.tasks.find((t) => t.title.startsWith('Kiểm tra an toàn thực phẩm'))?.deadline?.due).toBe('2030-06-30');
    expect(draft.tasks.find((t) => t.title.startsWith('Báo cáo kết quả'))?.deadline?.due).toMatch(/^2030-05-(?:09|10)$/);
  });
});

describe('bare quarter, half-year and month lines over dash lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NỘI DUNG',
      'Quý I',
      '- Phòng Văn hóa và Thông tin tổ chức Hội báo Xuân.',
      '6 tháng cuối năm',
      '- Phòng Tư pháp công bố xã đạt chuẩn tiếp cận pháp luật năm 2030.',
      'Tháng 10',
      '- Thanh tra huyện thanh tra việc quản lý quỹ đất công ích.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('reads each as a time of the document year', () => {
    expect(by('Hội báo Xuân')?.deadline?.due).toBe('2030-03-31');
    expect(by('tiếp cận pháp luật')?.deadline?.due).toBe('2030-12-31');
    expect(by('quỹ đất công ích')?.deadline?.due).toBe('2030-10-31');
    expect(draft.tasks.some((t) => /^(?:Quý I|6 tháng cuối năm|Tháng 10)$/.test(t.title))).toBe(false);
  });
});
