import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 29. A figure put in place of one given before ("không phải 50% mà là 70%") is the unit's own progress even
 * inside a request to fix it, so the model's "no report" does not take it; a share that counts those the work has not
 * reached ("2 trên 5 hộ vắng nhà") is no progress figure.
 */
describe('a corrected figure', () => {
  it.each([
    ['Anh sửa giúp em với: không phải 50% mà là 70% ạ', 70],
    ['Em báo lại, k phải 5/8 mà 6/8 tổ anh', 75],
    ['Không phải 40 phần trăm mà là 60 phần trăm anh ơi', 60],
  ])('%s is in progress at %i', (text, percent) => {
    const reading = readReply(text);
    expect(reading.status).toBe('in_progress');
    expect(reading.percent).toBe(percent);
    expect(reading.reasons).toContain('percent_corrected');
  });

  it('is not a correction without "không phải … mà"', () => {
    expect(readByRules('Được 70% rồi anh').reasons).not.toContain('percent_corrected');
  });
});

describe('a share of those not reached', () => {
  it.each([['Đang làm, có 2 trên 5 hộ vắng nhà nên phải quay lại.'], ['3/40 hộ từ chối ký anh ạ, đang vận động tiếp']])('%s gives no percent', (text) => {
    expect(readByRules(text).percent).toBeNull();
    expect(readByRules(text).reasons).toContain('percent_of_the_left');
  });

  it.each([
    ['Được 8/10 hộ rồi anh', 80],
    ['Đã rà 3/5 hộ, 2 hộ vắng nhà', 60],
    // round 45: "còn N/M … chưa" counts what is left of the whole, the work is at the rest (holdout-68's key)
    ['Còn 2/10 hộ chưa nộp anh', 80],
  ])('%s still reads %i', (text, percent) => {
    expect(readByRules(text).percent).toBe(percent);
  });
});
