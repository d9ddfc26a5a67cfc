import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Words that fold onto a blocker: "lương hưu", "cứu trợ", "lưu trữ", "bưu điện" end in "uu", which is a
 * syllable, not a key held down (so not "hư", broken); "qua tài khoản" (into an account) is not "quá tải".
 * Each class keeps the blocker it looks like.
 */
const CASES: ReadonlyArray<readonly [string, ReplyStatus]> = [
  ['Dạ lương hưu tháng 12 chi xong hết rồi ạ', 'done'],
  ['luong huu chi xong het roi a', 'done'],
  ['Hàng cứu trợ đã phát xong cho 40 hộ', 'done'],
  ['Hồ sơ đã lưu trữ xong, em gửi bưu điện rồi anh', 'done'],
  ['Máy in bị hư nên chưa in được danh sách', 'blocked'],
  ['may in hu roi chua in dc', 'blocked'],
  ['Đã chuyển tiền qua tài khoản cho toàn bộ 85 hộ rồi anh', 'done'],
  ['Cổng dịch vụ công quá tải, em chưa nộp được hồ sơ', 'blocked'],
];

describe('syllables and phrases that fold onto a blocker', () => {
  it.each(CASES)('%s → %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });
});
