import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * QA of issue 16: an obstacle said to be still on ("còn vướng", "vẫn vướng", "chưa gỡ được") is a blocker also beside
 * progress words or a figure, so a later progress reply never silently clears it; the obstacle said to be over leaves
 * the progress. Read by the rules alone; fresh lines, not the fixture's.
 */
const CASES: ReadonlyArray<readonly [string, ReplyStatus, number | null]> = [
  // a contrast to progress after "vẫn/còn …" does not deal with the obstacle
  ['Vẫn vướng giấy phép nhưng đã làm được 40% rồi anh', 'blocked', 40],
  ['Còn vướng chỗ hồ sơ đất nhưng đã đo được 5 hộ', 'blocked', null],
  ['Chưa gỡ được vướng mặt bằng nhưng đã làm được phần móng', 'blocked', null],
  ['Sắp xong rồi mà vẫn vướng máy in của phường', 'blocked', null],
  ['Đang làm được 3/4 xã, còn vướng xe chở hàng', 'blocked', 75],
  // the obstacle said to be over: progress or done, as told
  ['Đã gỡ được vướng giấy phép, đang làm tiếp anh', 'in_progress', null],
  ['Vướng chỗ hồ sơ đất gỡ xong rồi, đã làm được 40%', 'in_progress', 40],
  ['Đã gỡ được vướng về giấy phép, việc này hoàn thành rồi anh', 'done', 100],
];

describe('an obstacle still on beside progress (rules alone)', () => {
  it.each(CASES)('%s → %s %s', (text, status, percent) => {
    const reading = readByRules(text);
    expect(reading.status).toBe(status);
    expect(reading.percent).toBe(percent);
  });
});

describe('the public reader (rules with the trained second opinion) on the QA tester’s replies', () => {
  it.each([
    ['gần xong rồi nhưng còn vướng xe', 'blocked', null],
    ['gan xong roi nhung con vuong xe', 'blocked', null],
    ['vẫn vướng kinh phí nhưng đã làm được 70%', 'blocked', 70],
    ['hết vướng rồi, đang làm tiếp', 'in_progress', null],
  ] as const)('%s → %s %s', (text, status, percent) => {
    const reading = readReply(text);
    expect(reading.status).toBe(status);
    expect(reading.percent).toBe(percent);
  });
});
