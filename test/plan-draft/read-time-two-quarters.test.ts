import { describe, expect, it } from 'vitest';
import { readTime } from '../../src/core/plan-draft/read-time.ts';

// Texts written for these tests (round 39 of the drafter).
const ctx = { documentDate: '2028-02-10' };

describe("the drafter's time: two quarters half a year apart, every year", () => {
  it.each(['Quý II và quý IV hằng năm', 'kiểm tra vào quý I và quý III mỗi năm', 'Quý I và III hàng năm'])('"%s" is once each half-year', (text) => {
    const read = readTime(text, [], ctx);
    expect(read.deadline?.kind).toBe('recurrence');
    expect(read.deadline?.recurrence?.frequency).toBe('half_yearly');
  });

  it('leaves two quarters that are not half a year apart to the other readers', () => {
    expect(readTime('Quý I và quý II hằng năm', [], ctx).deadline?.recurrence?.frequency).not.toBe('half_yearly');
  });
});
