import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 40 of the drafter): duties due by a day of the lunar calendar. Tết Kỷ Dậu 2029 is 13/02/2029,
// Rằm tháng Giêng 2029 is 27/02/2029, mùng 4 Tết 2029 is 16/02/2029.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ TÂN HÒA',
    'Số: 12/KH-UBND',
    'Tân Hòa, ngày 05 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Chăm lo Tết cho hộ nghèo năm 2029',
    'II. NHIỆM VỤ',
    '1. Công an xã tuần tra, kiểm soát pháo nổ, hoàn thành cao điểm trước Tết Nguyên đán Kỷ Dậu 2029.',
    '2. Hội Liên hiệp Phụ nữ xã trao quà cho phụ nữ đơn thân, xong trước Tết.',
    '3. Đoàn Thanh niên xã tổ chức trồng cây đầu xuân, hoàn thành trước Rằm tháng Giêng.',
    '4. Văn phòng HĐND và UBND xã tổng hợp tình hình, báo cáo vào ngày mùng 4 Tết.',
    '5. Trạm Y tế xã trực cấp cứu từ tháng 12 đến Tết Nguyên đán.',
    '6. Đội Quản lý thị trường số 4 kiểm tra hàng giả tại các chợ; tập trung cao điểm trước Tết Kỷ Dậu 2029.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a deadline at a lunar day', () => {
  it('reads "trước Tết" as the day before Tết, with or without its year', () => {
    expect(task('kiểm soát pháo nổ')?.deadline?.due).toBe('2029-02-12');
    expect(task('quà cho phụ nữ')?.deadline?.due).toBe('2029-02-12');
  });

  it('reads Rằm tháng Giêng and "mùng N Tết"', () => {
    expect(task('trồng cây đầu xuân')?.deadline?.due).toBe('2029-02-26');
    // the title drops the deadline's own time (round 45b); the source keeps it
    expect(draft.tasks.find((t) => t.source.includes('báo cáo vào ngày mùng'))?.deadline?.due).toBe('2029-02-16');
  });

  it('gives a peak before Tết, after ";", to the duty before it', () => {
    expect(task('hàng giả tại các chợ')?.deadline?.due).toBe('2029-02-12');
    expect(draft.tasks.some((t) => /^Tập trung cao điểm/u.test(t.title))).toBe(false);
  });

  it('leaves a span that runs to Tết alone', () => {
    expect(task('cấp cứu')?.deadline?.due).not.toBe('2029-02-13');
  });
});
