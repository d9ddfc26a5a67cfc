import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 10: the classes blind holdouts 5–10 still missed, read by the rules alone. Fresh
 * lines, not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'waiting told beside finished work is a blocker, whoever acts in the wait': [
    ['Bên em làm xong hồ sơ rồi, giờ đang chờ Phòng Tài nguyên thông báo kết quả', 'blocked'],
    ['Đã soạn xong danh sách, đợi trưởng công an xã xác nhận là gửi đi', 'blocked'],
    ['Đội bên phường báo là xong rồi anh', 'none'],
  ],
  'a start after an event or a season ends is not started, whoever is busy now': [
    ['Học sinh thi xong thì trường em mới tổ chức tuyên truyền', 'not_started'],
    ['Đợi gặt xong bên em mới xuống thôn được', 'not_started'],
    ['Ra Tết thì tổ em mới làm anh', 'not_started'],
    ['Qua mùa lũ mới triển khai được, giờ người dân còn đang dọn nhà', 'not_started'],
    ['Họp xong em mới triển khai được 2 tổ', 'in_progress'],
    ['Giờ bà con đang kê khai, bên em đang thu phiếu', 'in_progress'],
  ],
};

describe('reply classes, round 10 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }
});
