import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 14: plain, past reports of finished work that holdout-13 showed the guards turning
 * away, read by the rules alone. Fresh lines, not the fixtures'; each class keeps a near miss beside it.
 */
const STATUSES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  '"thứ Năm rồi" is Thursday, not "năm rồi" (last year)': [
    ['Tổ em nộp đủ hồ sơ từ thứ Năm rồi anh', 'done'],
    ['Dạ xong từ hôm thứ năm rồi chị ạ', 'done'],
    ['Năm rồi bên em xong sớm lắm, năm nay chưa làm', 'not_started'],
  ],
  'a ceremony "lễ ra quân" or goods "không rõ nguồn gốc" are no hedge': [
    ['Đoàn phường đã làm lễ ra quân dọn vệ sinh xong rồi ạ', 'done'],
    ['Em đã tiêu hủy xong 30 kg thịt không rõ nguồn gốc rồi anh', 'done'],
    ['Lẽ ra quân số đủ thì hôm qua đã xong rồi', 'in_progress'],
  ],
  'a check that found no fault, a paper that proposes, a standard met: no blocker, no relay': [
    ['Tổ đã kiểm tra xong các trạm bơm, không phát hiện sự cố gì', 'done'],
    ['Phường em đã gửi danh sách đề nghị hỗ trợ lên quận rồi', 'done'],
    ['Đã kiểm tra xong nhà văn hóa các thôn, các hội trường đều đảm bảo', 'done'],
    ['Kiểm tra xong rồi nhưng phát hiện sự cố ở trạm biến áp, đang chờ điện lực', 'blocked'],
    ['Anh Hùng bên xã Tân Lập báo là đã xong rồi', 'none'],
  ],
  '"vỉa hè", "mùa hè" end a clause without asking ("hè?")': [
    ['Đội đã giải tỏa xong hàng quán lấn chiếm vỉa hè', 'done'],
    ['Bên em đã tổ chức xong các lớp năng khiếu mùa hè', 'done'],
    ['Em nộp xong rồi hè', 'none'],
  ],
  '"Đảng" before "đã" is the Party, not "đang" (ongoing)': [
    ['Lớp học lý luận chính trị của Đảng đã bế giảng hôm thứ Sáu ạ', 'done'],
    ['Lớp cảm tình Đảng đang học, tuần sau mới bế giảng', 'in_progress'],
  ],
  'all the people handed out to have received it: the handing-out done': [
    ['Tất cả 15 hộ khó khăn đều đã nhận gạo cứu trợ rồi ạ', 'done'],
    ['Toàn bộ học sinh của trường đã được nhận sách giáo khoa đầy đủ', 'done'],
    ['Tất cả đã nhận được kế hoạch rồi anh', 'none'],
  ],
  'a clause ending "mấy bản / mấy bộ" asks how many copies; told past it counts': [
    ['Công văn này photo mấy bản anh', 'none'],
    ['Chị ơi hồ sơ dự thi nộp mấy bộ ạ', 'none'],
    ['Em đã nộp 2 bộ hồ sơ rồi anh', 'done'],
  ],
  'an appraisal from above that has not come is a blocker': [
    ['Em làm xong hồ sơ rồi, nhưng Sở Tài nguyên chưa thẩm định ạ', 'blocked'],
    ['Phương án bên em gửi lâu rồi mà vẫn chưa được thẩm định', 'blocked'],
    ['Sở đã thẩm định xong, bên em nộp bản chính rồi ạ', 'done'],
  ],
  '"quà Tết" (gifts) is no "qua Tết" (after Tết)': [
    ['Tất cả 9 hộ neo đơn đã nhận quà Tết rồi ạ', 'done'],
    ['Qua Tết bên em mới bắt đầu làm', 'not_started'],
  ],
};

describe('reply classes of round 14 (issue 16)', () => {
  for (const [name, cases] of Object.entries(STATUSES)) {
    describe(name, () => {
      it.each(cases)('%s → %s', (text, status) => {
        expect(readReply(text).status).toBe(status);
      });
    });
  }
});
