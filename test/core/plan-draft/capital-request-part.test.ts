import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 42 of the drafter): a ministry's plan ends with a part headed in capitals that asks the
// provinces for their work ("V. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ"), over a lead-in and lettered items without subject.

const draft = draftPlan(
  [
    'BỘ Y TẾ',
    'Số: 77/KH-BYT',
    'Hà Nội, ngày 12 tháng 02 năm 2031',
    'KẾ HOẠCH',
    'Triển khai Thông tư về khám sức khỏe định kỳ',
    'IV. NHIỆM VỤ CỦA CÁC ĐƠN VỊ THUỘC BỘ',
    '1. Cục Quản lý khám, chữa bệnh hướng dẫn các cơ sở khám bệnh trước ngày 31/3/2031.',
    'V. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ',
    'Chỉ đạo Sở Y tế và các cơ quan liên quan:',
    'a) Phổ biến Thông tư tới các cơ sở khám bệnh trên địa bàn trong quý II/2031.',
    'b) Kiểm tra việc khám sức khỏe cho người lao động trước ngày 30/11/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const leadName = (words: string) => [...draft.units, ...draft.groups].find((u) => u.code === task(words)?.lead)?.name;

describe('a part in capitals asking another body for its work', () => {
  it('gives the items under it the body asked as lead', () => {
    expect(leadName('Phổ biến Thông tư')).toBe('Ủy ban nhân dân các tỉnh, thành phố');
    expect(leadName('Kiểm tra việc khám')).toBe('Ủy ban nhân dân các tỉnh, thành phố');
  });

  it('keeps their own dates', () => {
    expect(task('Phổ biến Thông tư')?.deadline?.due).toBe('2031-06-30');
    expect(task('Kiểm tra việc khám')?.deadline?.due).toBe('2031-11-29');
  });
});
