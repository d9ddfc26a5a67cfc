import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16 item 1, round 8: the classes blind holdout 9 still missed, read by the rules alone.
 * Fresh lines, not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'a word written with diacritics is not the status word it folds like': [
    ['Đội hình xung kích bên em đã phát xong tờ rơi cho toàn bộ các hộ rồi ạ', 'done'],
    ['Em đã tổng kết xong, kết quả gửi anh rồi nha', 'done'],
    ['Đã xây dựng lại xong hàng rào ở trạm rồi anh', 'done'],
    ['Em vừa nhận văn bản giao việc, tuần sau bên em mới bắt tay vào', 'not_started'],
    ['Bên em vẫn đang đợi xã gửi danh sách', 'blocked'],
    ['ben em van dang doi xa gui danh sach', 'blocked'],
    ['Bên em vẫn đang đơi xã gửi danh sách', 'blocked'],
    ['Dừng lại rồi anh, hết kinh phí', 'blocked'],
  ],
  'not begun beside a denied or counterfactual done, or only a preparing step finished': [
    ['Lẽ ra tuần rồi phải xong mà em còn chưa bắt đầu anh ạ', 'not_started'],
    ['Xong đâu mà xong, tụi em còn chưa đụng vô', 'not_started'],
    ['Đã họp phân công xong nhưng chưa triển khai anh', 'not_started'],
    ['Còn 3 hộ chưa rà anh ơi', 'in_progress'],
  ],
  'a blocker word inside a noun, a fault mended, an early finish measured against the plan': [
    ['Đã phát xong quà Trung thu cho thiếu nhi toàn phường rồi anh', 'done'],
    ['Đã thăm hỏi xong tất cả các hộ khó khăn trên địa bàn rồi ạ', 'done'],
    ['Mấy lỗi nhập liệu bị phòng trả về em sửa xong hết rồi, đã gửi lại thành công', 'done'],
    ['Xong sớm 2 ngày so với hạn anh ơi', 'done'],
    ['Xong sớm thôi anh', 'in_progress'],
    ['Thiếu kinh phí nên chưa phát quà được anh', 'blocked'],
  ],
  'a blocker told as past beside work going on now': [
    ['Tối qua cúp điện nên chậm, giờ em đang làm tiếp', 'in_progress'],
    ['Đang mất điện anh ơi, chưa làm được', 'blocked'],
    ['Hồi sáng sập mạng mất dữ liệu, giờ em ngồi nhập lại', 'in_progress'],
  ],
  "a body above halting the unit's work is a blocker, not someone else's status": [
    ['Mưa to quá, huyện cho tạm hoãn buổi ra quân đến khi có lịch mới', 'blocked'],
    ['Phường cho hoãn đợt tuyên truyền tới tuần sau anh ạ', 'blocked'],
    ['Phường đã hoàn thành đợt tuyên truyền rồi anh', 'done'],
  ],
  'busy elsewhere with the report promised later is no report': [
    ['Em đang đi họp trên quận, lát em báo anh sau nhé', 'none'],
    ['Em đang làm, tí em báo lại anh sau', 'in_progress'],
  ],
  'a turn that comes later, nobody gone yet: not started': [
    ['Tháng sau mới tới lượt của phường em anh ạ', 'not_started'],
    ['Chưa có ai đi anh, thứ 5 tổ mới xuống', 'not_started'],
    ['Chưa có người làm, đang thiếu nhân lực anh ơi', 'blocked'],
  ],
  'an announcement and an instruction to groups is no report': [
    ['Sáng mai đoàn kiểm tra của tỉnh xuống, các đơn vị chuẩn bị hồ sơ', 'none'],
    ['Các tổ rà soát xong rồi, em đang tổng hợp', 'in_progress'],
  ],
  'an earlier message put right: what follows the correction is the report': [
    ['Lúc nãy em nhắn nhầm là xong, thực ra bên em mới đang làm', 'in_progress'],
    ['Tin trưa nay em gửi nhầm group, bên em vẫn đang chờ quận duyệt kinh phí', 'blocked'],
    ['Việc kiểm tra PCCC xong rồi, em gửi nhầm chỗ', 'none'],
  ],
  'a question goes on through "hay …", and a bare plan beside a question is no report': [
    ['Bên em vậy là xong chưa anh, hay phải nộp thêm gì nữa', 'none'],
    ['Thế là bên em xong rồi hả chị, hay còn thiếu gì nữa', 'none'],
    ['Các tổ nộp đủ chưa anh, em tổng hợp gửi phường', 'none'],
    ['Xong rồi anh, em đã tổng hợp gửi phường', 'done'],
  ],
};

describe('reply classes, round 8 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }

  it("asking the lead to correct the unit's own figure tells the new figure", () => {
    expect(readReply('Anh ghi lại giúp em: không phải 40% mà là 55% ạ')).toMatchObject({ status: 'in_progress', percent: 55 });
  });
});
