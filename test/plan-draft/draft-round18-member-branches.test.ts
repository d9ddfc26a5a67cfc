import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Text written for this test (round 18 of the drafter): an association's plan giving work to its district chapters and
// the branches under them in one subject.

describe('an association and its own branches as one subject', () => {
  const draft = draftPlan(
    [
      'HỘI CHỮ THẬP ĐỎ TỈNH HÒA SƠN',
      'Số: 5/KH-HCTĐ',
      'Hòa Sơn, ngày 10 tháng 01 năm 2029',
      'KẾ HOẠCH',
      'Tháng Nhân đạo năm 2029',
      'I. NHIỆM VỤ',
      '1. Hội Chữ thập đỏ các huyện và các cơ sở Hội trực thuộc căn cứ Kế hoạch này vận động quỹ nhân đạo trước ngày 31/5/2029.',
      '2. Huyện đoàn, các cơ sở Đoàn trực thuộc tổ chức hiến máu tình nguyện trong tháng 5/2029.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('leads the item by the first body and reads the branches as a unit, not as "các cơ sở"', () => {
    expect(name(by('vận động quỹ nhân đạo')?.lead)).toBe('Hội Chữ thập đỏ các huyện');
    const blood = by('hiến máu');
    expect(name(blood?.lead)).toBe('Huyện đoàn');
    expect(blood?.support.map(name)).toContain('Các cơ sở Đoàn trực thuộc');
  });
});
