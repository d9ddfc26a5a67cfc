import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 18: false dones of blind holdout 19 as classes, read by the rules alone. Fresh lines, not
 * the fixtures'; each class keeps a true done beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  "a finish of another year's occurrence is not this task's done": [
    ['Đợt tập huấn năm 2024 bên em hoàn thành từ tháng 6', 'none'],
    ['Năm 2025 xã em cũng làm xong việc này hồi tháng 3', 'none'],
    ['Bên em làm xong từ hôm kia rồi anh', 'done'],
  ],
  "a report handed in on another body's behalf is not this unit's": [
    ['Em nộp hộ báo cáo của Hội Người cao tuổi lên phường rồi anh', 'none'],
    ['Em gửi biên bản lên huyện rồi, anh Tư bên Mặt trận nhờ', 'none'],
    ['Em nộp báo cáo của xã mình lên huyện rồi anh', 'done'],
  ],
  "a start after another event's finish is never done": [
    ['Đợi xong hội nghị cán bộ bên em mới tính tới chuyện này', 'not_started'],
    ['Đợi xong lễ hội bên em mới xuống họp dân', 'not_started'],
    ['Chừng nào các cháu thi xong thì đoàn mới tổ chức', 'not_started'],
  ],
  'a finish asked about, a name after the particle': [
    ['Vậy là ấp mình nộp xong rồi hả anh Bảy', 'none'],
    ['Thế là bên mình xong rồi chứ chị Nga', 'none'],
    ['Dạ ấp em nộp xong rồi anh Bảy', 'done'],
  ],
  'an instruction to whichever group finishes is not a report': [
    ['Chi hội nào thăm hỏi xong trước thì nhắn lên đây cho chị', 'none'],
    ['Giao đồng chí Hòa đôn đốc các thôn nộp danh sách trước thứ Ba', 'none'],
    ['Chi đoàn em làm xong rồi, em báo lên nhóm ạ', 'done'],
  ],
  'work in hand with a send at a rough hour ahead is progress': [
    ['Em còn đang nhập số liệu, tầm 3 giờ chiều em gửi lên phường', 'in_progress'],
    ['Em nhập xong rồi, đã gửi lên phường lúc 3 giờ chiều', 'done'],
  ],
  'an event named first, then "đã tổ chức": held': [
    ['Buổi giao lưu văn nghệ của xã đã tổ chức chu đáo anh ạ', 'done'],
    ['Buổi giao lưu văn nghệ của xã đã tổ chức được phần đầu, mai diễn tiếp', 'in_progress'],
    ['Buổi nói chuyện chuyên đề đã tổ chức ở 2 chi đoàn', 'in_progress'],
  ],
};

describe('reply classes, round 18 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }
});
