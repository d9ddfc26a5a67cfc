import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 30 of the drafter): a collective on a heading, then which of its members it means,
// told by what they take part in or receive.

const draft = draftPlan(
  [
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'Số: 12/KH-SNNMT',
    'Phú Lâm, ngày 05 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phát triển sản phẩm OCOP năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kế hoạch - Tài chính',
    'a) Tham mưu phân bổ kinh phí hỗ trợ trước ngày 30/4/2029.',
    '2. Đối với các cơ sở giáo dục nghề nghiệp nhận đặt hàng của Sở',
    'a) Mở lớp tập huấn kỹ năng bán hàng trực tuyến trước ngày 30/6/2029.',
    '3. Các doanh nghiệp tham gia Chương trình OCOP của tỉnh',
    'a) Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm trước ngày 31/8/2029.',
  ].join('\n'),
);

describe('a collective on a heading, then which of its members', () => {
  it('leads the items under it', () => {
    const { by, name } = helpers(draft);
    const leadOf = (words: string) => name(by(words)?.lead);
    expect(leadOf('kỹ năng bán hàng')).toMatch(/cơ sở giáo dục nghề nghiệp/iu);
    expect(leadOf('phân hạng sản phẩm')).toMatch(/doanh nghiệp/iu);
  });

  it('is no task itself', () => {
    expect(draft.tasks.some((t) => /nhận đặt hàng|tham gia Chương trình/u.test(t.title))).toBe(false);
    expect(draft.tasks).toHaveLength(3);
  });
});
