import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 16: classes holdout-14 missed, read by the rules alone. Fresh lines, not the
 * fixtures'; each class keeps a look-alike of the other label beside it.
 */
const STATUSES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'a past action over the whole of its object is done': [
    ['Trạm đã cân, đo cho toàn bộ 215 trẻ dưới 5 tuổi trong xã', 'done'],
    ['Đoàn đã đến thăm cả 9 gia đình thương binh rồi ạ', 'done'],
    ['Đội đã tuần tra, cắm biển hết 6 điểm sạt lở', 'done'],
    ['Tổ cấp giấy đủ cho các hộ rồi anh', 'done'],
    ['Đã hòa giải thành 3/3 vụ được giao', 'done'],
    ['Đã thông báo cho toàn bộ 120 hộ về lịch tiêm', 'in_progress'],
    ['Đã cân được 80 trên 215 trẻ, mai cân tiếp', 'in_progress'],
    ['Đã cân đo cho toàn bộ trẻ chưa anh', 'none'],
    ['Tuần sau sẽ kiểm tra cho toàn bộ 40 cơ sở', 'not_started'],
    ['Đã phát cho toàn bộ các hộ ở thôn 2, các thôn khác tuần sau phát', 'in_progress'],
  ],
  'a lack, a return or an opinion beside the done holds nothing up': [
    ['Đã cấp đủ thuốc cho các trạm, không còn trạm nào thiếu', 'done'],
    ['Đã nộp đủ hồ sơ lên Bảo hiểm xã hội, không bị trả lại bộ nào', 'done'],
    ['Đã họp lấy ý kiến xong, 91% hộ đồng ý với phương án', 'done'],
    ['Đã cấp thuốc cho 5 trạm, còn 2 trạm nữa', 'in_progress'],
    ['Lấy ý kiến được 70% số hộ rồi', 'in_progress'],
  ],
  'done told with its proof or receipt': [
    ['Em gửi bảng kê lên phòng Tài chính rồi ạ', 'done'],
    ['Đã nộp đủ hồ sơ lên huyện, bên huyện đã xác nhận tiếp nhận', 'done'],
    ['Em nộp bảng kê rồi, bên Kho bạc đã xác nhận nhận đủ', 'done'],
    ['Trưởng thôn Đông xin báo: thôn đã thu xong quỹ khuyến học', 'done'],
    ['Dạ thưa chú, đã sửa xong mái nhà văn hóa rồi ạ', 'done'],
    ['Đã tổng hợp xong, danh sách em gửi kèm theo tin nhắn', 'done'],
    ['Đã tổ chức đối thoại với thanh niên, các ý kiến đều đã được giải đáp', 'done'],
    ['Em gửi lên huyện rồi nhưng huyện trả lại, bảo thiếu chữ ký', 'blocked'],
    ['Xong rồi chứ chú', 'none'],
    ['Anh Bình báo: bên đó đã thu đủ rồi', 'none'],
  ],
  'a blocker told as a state is blocked': [
    ['Bộ phận kỹ thuật đi hết rồi, phòng không còn người để làm', 'blocked'],
    ['Nhà thầu bỏ ngang, cổng trường mới đổ móng', 'blocked'],
    ['Hàng chưa qua được biên giới nên tổ em đứng im mấy hôm nay', 'blocked'],
    ['Em nhập mãi không được, nhờ chị hướng dẫn lại', 'blocked'],
    ['Xuống nhà mấy lần không gặp ai anh ạ', 'blocked'],
    ['Nhà thầu làm xong cổng trường rồi, đã bàn giao', 'done'],
    ['Thợ nghỉ một hôm vì mưa, hôm nay làm lại rồi', 'in_progress'],
  ],
  'not started with the start later and the unit busy elsewhere now': [
    ['Chưa gõ chữ nào chị ơi, chiều nay em mới ngồi làm', 'not_started'],
    ['Cả đội đang đi tập huấn trên tỉnh, tuần sau mới bắt đầu', 'not_started'],
    ['Tuần này bận tổ chức hội nghị, thứ Hai em bắt đầu làm', 'not_started'],
    ['Không phải em không muốn làm, đầu tháng sau em mới triển khai được', 'not_started'],
    ['Em đang làm, chiều nay em làm nốt', 'in_progress'],
  ],
  'announcements, questions and the unit’s own status unknown are no report': [
    ['Thông báo: Sở Tài chính tạm dừng nhận hồ sơ từ ngày 20/12, đề nghị các đơn vị lưu ý', 'none'],
    ['Đề nghị các thôn gửi danh sách hộ cần hỗ trợ về xã trước thứ Sáu', 'none'],
    ['Làm hồ sơ này cần mấy bản photo vậy chị', 'none'],
    ['Bên Đoàn báo họ xong rồi, còn phần bên em thì em chưa nắm được', 'none'],
    ['Em gửi danh sách hộ cần hỗ trợ lên xã rồi ạ', 'done'],
    ['Do hệ thống tạm dừng nên em chưa nộp được, đề nghị anh gia hạn', 'blocked'],
  ],
};

describe('reply classes of round 16 (issue 16)', () => {
  for (const [name, cases] of Object.entries(STATUSES)) {
    describe(name, () => {
      it.each(cases)('%s → %s', (text, status) => {
        expect(readReply(text).status).toBe(status);
      });
    });
  }
});
