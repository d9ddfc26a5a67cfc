import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * Nouns that fold like status words: "đầu xóm", "đóng dấu" are no "đâu" (a denial) when typed with accents; "bà con"
 * (villagers), "120 con chó", "mấy con mương" are no "còn" (work left). The status words themselves still count.
 */
describe('nouns folded like "đâu" and "còn" beside a done', () => {
  it.each([
    ['Đã nạo vét xong con mương đầu xóm rồi anh', 'done'],
    ['Đã phát đủ quà cho các cháu, bà con phấn khởi lắm', 'done'],
    ['Mấy con mương đã nạo vét xong hết', 'done'],
    ['Tiêm phòng xong cho 120 con chó của thôn rồi', 'done'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it.each([
    ['Xong đâu mà xong anh', 'in_progress'],
    ['xong dau ma xong', 'in_progress'],
    ['Tiêm xong 120 con chó, còn 30 con nữa', 'in_progress'],
    ['Đã tiêm cho 50 con, còn 20 con chưa tiêm', 'in_progress'],
  ] as const)('still reads the denial or the work left in %j', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });
});
