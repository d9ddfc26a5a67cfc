import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 43 of the drafter): a plan pasted from Word keeps its symbol bullets ("", "o"); a duty ends
// with "tập trung vào các mặt hàng:" over the goods it bears on; a standing duty is stressed in one stage; the season is stated
// under a part named "Dự báo tình hình và thời gian …".

const plan = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐÔNG HẢI',
    'Số: 88/KH-UBND',
    'Đông Hải, ngày 03 tháng 11 năm 2031',
    'KẾ HOẠCH',
    'Kiểm soát thị trường dịp Tết Nguyên đán năm 2032',
    'I. DỰ BÁO TÌNH HÌNH VÀ THỜI GIAN CAO ĐIỂM',
    'Mùa mua sắm Tết được xác định từ ngày 15/12/2031 đến ngày 15/02/2032; trong đó thời kỳ cao điểm từ ngày 10/01/2032 đến ngày 08/02/2032.',
    'II. THỜI GIAN',
    '\uF0B7 Giai đoạn 1: từ ngày 15/12/2031 đến ngày 10/01/2032.',
    '\uF0B7 Giai đoạn 2: từ ngày 11/01/2032 đến ngày 15/02/2032.',
    'III. NHIỆM VỤ',
    '1. Sở Công Thương',
    '\uF0B7 Chỉ đạo Chi cục Quản lý thị trường kiểm tra hàng hóa lưu thông, tập trung vào các mặt hàng:',
    'o Bánh kẹo, rượu bia nhập lậu;',
    'o Mỹ phẩm, thực phẩm chức năng giả.',
    '\uF0B7 Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/02/2032.',
    '2. Công an tỉnh',
    '\uF0B7 Tuần tra, kiểm soát các tuyến giao thông trọng điểm, thường xuyên, nhất là trong Giai đoạn 2.',
  ].join('\n'),
);

const task = (words: string) => plan.tasks.find((t) => t.title.includes(words));

describe('a duty over the goods it bears on, Word bullets, a stage stressed, the season under a forecast part', () => {
  it('drops the bullet symbol from the titles', () => {
    expect(plan.tasks.every((t) => !/^[\uF0B7o]\s/u.test(t.title))).toBe(true);
    expect(task('Tổng hợp kết quả kiểm tra')?.deadline?.due).toBe('2032-02-19');
  });

  it('keeps the duty that ends with "tập trung vào các mặt hàng:" and drafts the goods as no tasks', () => {
    expect(task('kiểm tra hàng hóa lưu thông')).toBeDefined();
    expect(plan.tasks.some((t) => /Bánh kẹo|Mỹ phẩm/u.test(t.title))).toBe(false);
  });

  it('leaves a standing duty stressed in a stage without that stage as deadline', () => {
    expect(task('Tuần tra, kiểm soát')?.deadline).toBeUndefined();
  });

  it('reads the season and its peak as phases, not tasks', () => {
    expect(plan.tasks.some((t) => /Mùa mua sắm|thời kỳ cao điểm/u.test(t.title))).toBe(false);
    expect(plan.phases.some((p) => p.start === '2031-12-15' && p.end === '2032-02-15')).toBe(true);
  });
});
