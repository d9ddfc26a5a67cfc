import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16 item 1, round 7: the classes the blind holdouts 5–8 still missed, read by the rules alone.
 * Fresh lines, not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'asking the lead to check what was sent is not a report': [
    ['Anh xem lại giúp em tờ trình đã nộp nha', 'none'],
    ['Chị kiểm tra giùm em mail đã gửi sáng nay với', 'none'],
    ['Kiểm tra lại giúp em danh sách đã up nhé anh', 'none'],
    ['Em đã rà lại hồ sơ và nộp rồi anh', 'done'],
  ],
  'news, announcements and work done on behalf of another body are not this unit’s': [
    ['Bản tin: UBND thành phố công bố đã hoàn thành giải phóng mặt bằng', 'none'],
    ['Em nộp hộ báo cáo cho bên Mặt trận rồi nha', 'none'],
    ['Em đã bàn giao hồ sơ cho phòng Nội vụ rồi ạ', 'done'],
  ],
  'a wish to others goes on past the comma': [
    ['Chúc các khu phố ra quân thuận lợi, hoàn thành tốt nhiệm vụ', 'none'],
    ['Mong mọi người cố gắng, hoàn thành trong tuần', 'none'],
    ['Hy vọng thứ 5 xong anh', 'in_progress'],
    ['Chúc anh cuối tuần vui vẻ, em đã hoàn thành rồi nha', 'done'],
  ],
};

describe('round 7 classes (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }

  it('reads "N of M" with the noun before "trong" as a share, never the whole done', () => {
    expect(readReply('Đã tổ chức xong 3 buổi trong 6 buổi theo kế hoạch')).toMatchObject({ status: 'in_progress', percent: 50 });
    expect(readReply('Đã tổ chức xong 6 buổi trong 6 buổi theo kế hoạch')).toMatchObject({ status: 'done', percent: 100 });
  });
});
