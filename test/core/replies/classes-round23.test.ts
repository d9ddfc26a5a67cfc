import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 23: misses of holdouts 36 and 37 as classes, read by the rules alone. Fresh lines, not the
 * fixtures'; each class keeps a look-alike that must not change.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  "a finish in a year or a time pointed back at ('năm đó', 'hồi ấy') is another occasion": [
    ['Chiến dịch làm sạch kênh năm 2024 thì thôn em làm xong vào tháng 4 năm đó', 'none'],
    ['Hồi ấy bên em hoàn thành trước cả huyện', 'none'],
    ['dao do phuong em kiem tra xong het truoc Tet', 'none'],
    ['Em làm xong rồi anh, lúc đó đoàn kiểm tra cũng có mặt', 'done'],
  ],
  "'cuối năm rồi', 'tổng kết năm rồi', a round 'trước Tết' are this year's, not another occasion": [
    ['Chi đoàn em đã xong đợt ra quân cuối năm rồi anh, đủ 100% đoàn viên', 'done'],
    ['Đợt tổng vệ sinh trước Tết phường em làm xong rồi anh', 'done'],
    ['Hội em tổng kết năm rồi anh, bình bầu thi đua cũng xong hết', 'done'],
    ['Năm rồi bên em cũng làm xong sớm', 'none'],
    ['Đợt tổng vệ sinh trước bên em làm xong rồi', 'none'],
  ],
  "a numbered pass or part right after 'hoàn thành' is a part": [
    ['Hoàn thành lần 2 rồi anh', 'in_progress'],
    ['hoan thanh lan 1 roi chi', 'in_progress'],
    ['Hoàn thành xong rồi anh, cả 2 lần kiểm tra đều đạt', 'done'],
  ],
  "a part of the day or of the ground, then 'còn' what it holds, after a done, is work left": [
    ['Xong ca sáng rồi chị, ca chiều còn dãy ki-ốt phía sau', 'in_progress'],
    ['Dọn xong phía bắc rồi, phía nam còn đoạn bờ kè', 'in_progress'],
    ['xong buoi sang roi anh, buoi chieu con xom Dong', 'in_progress'],
    ['Xong hết rồi anh, buổi chiều còn họp chi bộ', 'done'],
    ['Xong cả rồi anh, ngoài chợ không còn ai bán lấn', 'done'],
  ],
  'a reminder for once it is done is an instruction': [
    ['Làm xong nhớ báo lên nhóm nha mấy em', 'none'],
    ['Các chi hội hoàn thành thì nhớ gửi danh sách về nhé', 'none'],
    ['Xong rồi anh, em nhớ nộp kèm biên bản rồi', 'done'],
  ],
  'a treat promised for a finish ahead is talk beside the work': [
    ['Anh em ráng lên, xong đợt này chị mời trà sữa, à mời cà phê', 'none'],
    ['xong vu nay minh di an lau nha', 'none'],
    ['Xong rồi anh, tối nay tổ em đi ăn mừng', 'done'],
  ],
  'a body demanding that many others finish is no report': [
    ['Ban quản lý chợ yêu cầu toàn bộ tiểu thương hoàn thành việc kê khai trước 20/12', 'none'],
    ['Phong y te de nghi cac co so hoan thanh ho so truoc thu 6', 'none'],
    ['Xã yêu cầu các thôn hoàn thành trước 15/12, thôn em xong rồi anh', 'done'],
  ],
  'why the report comes late, beside a done, tells no status': [
    ['Xong từ hôm thứ Ba rồi anh, tại em lên nương không có sóng nên giờ mới báo được', 'done'],
    ['Em phát hết hôm qua rồi, do máy hết pin nên bây giờ em mới nhắn tin được', 'done'],
    ['Hôm nay em mới nhận được văn bản, tuần sau mới bắt đầu', 'not_started'],
  ],
};

describe('reply classes, round 23 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }
});
